"""Which parties named after "between" (or "with") stand on one side of a meeting or a deal.

"a meeting between Maduro and a U.S. delegation made up of A, B and C" has two sides: Maduro,
and the delegation with everyone named inside it (its state, its members). The parser lists the
sides as conjuncts of the preposition's object ("Maduro" <- conj "delegation"); whatever hangs
inside one conjunct (a compound "U.S.", a member list under "made up of", "led by", "including")
belongs to that conjunct's side. Two parties of one side did not meet each other, nor did a
member meet the state his delegation speaks for: only parties of different sides are paired.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import first_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Token

_SIDE_PREPS = frozenset({"between", "with", "among"})
_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})


def _side(tok: Token, trigger: Token | None = None) -> Token | None:
    """The conjunct of a "between"/"with" object whose subtree holds `tok`: the top of its
    side; None when `tok` hangs under no such preposition.

    Only prepositions below the trigger are the meeting's or the deal's: in "it ended with an
    agreement signed by A, B and C" the "with" belongs to "ended", and the signers under it
    are three parties, not one side."""
    path = [tok, *tok.ancestors]
    if trigger is not None and any(t.i == trigger.i for t in path):
        path = path[: next(i for i, t in enumerate(path) if t.i == trigger.i)]
    for i, node in enumerate(path):
        if node.dep_ == "pobj" and node.head.lower_ in _SIDE_PREPS:
            side = node
            for below in reversed(path[:i]):  # down from the object, through conjuncts
                # "between Iranian envoy Ali Bagheri and ...": the parser hangs the list on an
                # apposition of the object; the apposition is the object itself
                if below.dep_ not in ("conj", "appos") or below.head.i != side.i:
                    break
                side = below
            return side
    return None


def _paired_modifiers(a: Token, b: Token) -> bool:
    """ "clashes between Indian and Chinese troops": coordinated modifiers of one noun are its
    sides (unlike the members listed in a clause inside one side, "made up of A and B")."""
    first = first_conjunct(a)
    return first.i == first_conjunct(b).i and first.dep_ in _MODIFIERS


def _owners_listed(a: Token, b: Token) -> bool:
    """ "a meeting between officials of the two countries", "... of Armenia and Azerbaijan":
    one word standing for several actors, or a list in an "of" phrase of a noun, names the
    sides themselves (unlike "made up of A and B", whose "of" hangs on a verb)."""
    if a.i == b.i:
        return True
    first = first_conjunct(a)
    return (
        first.i == first_conjunct(b).i
        and first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and first.head.head.pos_ in ("NOUN", "PROPN")
    )


def one_side(a: Token, b: Token, trigger: Token | None = None) -> bool:
    """Both under one conjunct of the same preposition's object list (below `trigger`, when
    given): one side, not a pair."""
    side_a, side_b = _side(a, trigger), _side(b, trigger)
    same = side_a is not None and side_b is not None and side_a.i == side_b.i
    return same and not _paired_modifiers(a, b) and not _owners_listed(a, b)
