"""A guest list with a crowd in it: "met with Safadi, Shoukry and ministers from three Gulf
states". A list that names some guests and sums up the rest by a plural noun ("ministers",
"officials", "leaders") reports a round of meetings with many, one by one or in a room: it
does not say that two of the named guests met each other, as "met with A and B" does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import first_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Token


# "with Putin, Zelensky and ministers": the parser often makes the second name an apposition
_LINKS = frozenset({"conj", "appos"})


def _conjuncts(first: Token) -> list[Token]:
    out, todo = [], [first]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.dep_ in _LINKS]
    return out


def with_a_crowd(a: Token, b: Token) -> bool:
    """`a` and `b` are listed together beside a plural common noun standing for more guests."""
    first = first_conjunct(a, through_appositions=True)
    if first.i != first_conjunct(b, through_appositions=True).i:
        return False
    return any(_crowd(c) for c in _conjuncts(first))


def _crowd(tok: Token) -> bool:
    """ "ministers from three states", not "their aides" (the named guests' own entourage)."""
    own = any(c.dep_ == "poss" for c in tok.children)
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and not own
