"""Who an errand's urging is made of, when the urging names no one: "met Prime Minister Abiy to
press for an end to the war", "wrote to his Thai counterpart to press for the player's release".
The urging verb names no actor as its object; the one met, called or written to is the one
pressed.
A trip's destination ("travelled to Washington to press for") is a place, not an addressee, and
is left out; so is an errand whose urging names its own object ("met X to press Y to ..."), read
by the urging frame itself (urging_errands.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from loaders.relations.urging_errands import urging_errand
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_MET = words("meet call phone telephone")
"""Errands whose object is the one met or called."""
_ADDRESSED = words("write speak talk")
"""Errands whose "to"/"with" object is the one addressed."""
_STRENGTH = 0.7


def _addressees(errand: Token) -> list[Token]:
    """The one met ("met Abiy"), called, or written or spoken to ("wrote to Prayuth")."""
    lemma = errand.lemma_.lower()
    if lemma in _MET:
        return [t for c in errand.children if c.dep_ == "dobj" for t in arg.with_conjuncts(c)]
    if lemma in _ADDRESSED:
        return arg.prep_objects([errand], ("to", "with"))
    return []


def addressed_errand(verb: Token) -> bool:
    """An urging made on a meeting or in a letter to someone named: "met X to press for ...".
    The one met is the one asked, so no other reader need guess whom the urging was made of."""
    return urging_errand(verb) and bool(_addressees(verb.head))


def errand_urgings(doc: Doc, index: ActorIndex) -> list[Fact]:
    """URGED facts: who met or wrote to someone to press for something pressed the one met."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not urging_errand(verb) or refs_of(index, objects):
            continue  # "met X to press Y to ...": Y is pressed, read by the urging frame
        status = verb_status(verb)
        targets = refs_of(index, _addressees(verb.head))
        if status is None or not targets:
            continue
        sources = refs_of(index, grammatical_subjects(verb.head))
        frame = Frame(RelationType.URGED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb,), status, _STRENGTH, sources, targets)
        out += facts_between(sources, RelationType.URGED, targets, status, _STRENGTH, reading)
    return out
