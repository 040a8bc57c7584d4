"""Counted states named after they are counted: "Venezuela ordered diplomats from seven Latin
American countries to leave. ... from Argentina, Chile, Costa Rica, Peru, Panama, the Dominican
Republic and Uruguay".

A lede counts the states a measure falls on and the next sentence lists them. An indefinite
counted plural of states ("seven countries", "four Nordic states", no "the": groups.py reads
"the three countries" backwards) stands for the first coordination after it, in its sentence or
the next, of exactly that many different countries; a list of another length, of anything but
countries, or one that is the subject of its own clause ("Sweden, Norway and Finland condemned
the move": states acting, not the ones counted) is no list of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.groups import coordination, count_of, through_next_sentence

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

_STATES = frozenset({"country", "nation", "state", "government"})


def states_named_after(
    noun: Token, actor_of: Callable[[Token], tuple[str, str, str] | None]
) -> list[Token]:
    """Tokens of the countries an indefinite counted plural of states introduces, or [].

    `actor_of(token)` gives (actor id, kind, title in lower case) for a token naming an actor.
    """
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in _STATES:
        return []
    if any(c.dep_ in ("det", "predet", "poss") for c in noun.children):
        return []  # "the seven countries", "its three neighbours": named before, if at all
    counts = [n for c in noun.children if c.dep_ == "nummod" and (n := count_of(c.lower_))]
    if len(counts) != 1 or counts[0] < 2:
        return []
    doc = noun.doc
    for tok in doc[noun.i + 1 : through_next_sentence(noun)]:
        if tok.dep_ in ("conj", "appos", "nsubj", "nsubjpass") or not tok.conjuncts:
            continue  # "Sweden, Norway and Finland condemned it": states acting on their own
        members = coordination(tok)
        found = [actor_of(t) for t in members]
        if len(members) != counts[0] or any(f is None or f[1] != "COUNTRY" for f in found):
            continue
        if len({f[0] for f in found if f is not None}) == counts[0]:
            return members
    return []
