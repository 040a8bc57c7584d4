""" "Ethiopia expelled the officials, in a move that drew a rebuke from Washington": who made
the move a reaction is told of.

News English sums up the clause it has just told with a noun of doing and hangs the reaction
on it: "..., in a move that drew condemnation from NATO", "..., a move that drew criticism from
Washington", "..., a decision that prompted anger in Cairo". The move is the clause's own act,
so its maker is that clause's subject, not the nearest name: the parser hangs "a move" as an
apposition on the last noun ("cut ties with Uganda, a move ..."), which would make Uganda the
doer. Read: a relative "that"/"which" of a noun of doing that is "in" a clause's verb, or in
apposition to a word of it; the doers are that verb's subjects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

_MOVES = words("move decision step action")
_RELATIVES = frozenset({"that", "which"})  # the subject the parser may give for the noun


def _summed_verb(noun: Token) -> Token | None:
    """The verb whose clause the noun sums up: "in a move" on it, the verb above the word the
    noun is in apposition to, or the verb it is set after a comma on as a second object."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    if noun.dep_ in ("dobj", "npadvmod") and after_comma and noun.head.pos_ == "VERB":
        return noun.head  # "seized the tanker on Sunday, a decision that ...": a second object
    if noun.dep_ != "appos":
        return None
    return next((a for a in noun.ancestors if a.pos_ == "VERB"), None)


def move_makers(act: Token, index: ActorIndex) -> list[Ref] | None:
    """The makers of the move that drew a reaction ("a move that drew ..."), the act given as
    the noun or its relative pronoun; None when the act is no such move."""
    noun = act.head.head if act.lower_ in _RELATIVES and act.head.dep_ == "relcl" else act
    if noun.lemma_.lower() not in _MOVES or not any(c.dep_ == "relcl" for c in noun.children):
        return None
    verb = _summed_verb(noun)
    if verb is None:
        return None
    return [r for s in grammatical_subjects(verb) for r in index.refs(s)]
