"""Bringing parties together, and "the two sides" of a mediation.

"Erdogan met each leader before bringing them together", "the emir brought Tshisekedi and Kagame
together in Doha": the two parties brought together met one another (MET_WITH). The lexicon
cannot say this (its frames give the subject's relation to the object, never the objects' to one
another); participants.brought_together gives the subject's MEDIATED. Only with
"together" on the verb, exactly two parties (a crowd "brought together" is a conference, not
talks between two), and a status the modality reader grants: "hoped to bring them together" and
"failed to bring them together" yield nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from schema.ontology import Status

_BRINGING = words("bring get")
_STRENGTH = 0.75


def _together(verb: Token) -> bool:
    return any(c.lower_ == "together" and c.dep_ in ("prt", "advmod") for c in verb.children)


def _parties(verb: Token, index: ActorIndex) -> list[Ref]:
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in arg.with_conjuncts(c)]
    seen: dict[str, Ref] = {}
    for tok in objects:
        for ref in index.refs(tok):
            seen.setdefault(ref.actor_id, ref)
    return list(seen.values())


def _reading(verb: Token, kind: RelationType, status: Status) -> Reading:
    return Reading(Frame(kind, verb.lemma_.lower(), "VERB", ()), verb, (verb,), status, _STRENGTH)


def brought_together(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MET_WITH between the two parties someone brought together."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BRINGING or not _together(verb):
            continue
        status = verb_status(verb)
        parties = _parties(verb, index)
        if status is None or len(parties) != 2:
            continue
        a, b = parties
        conf = confidence(_STRENGTH, a, b)
        met = _reading(verb, RelationType.MET_WITH, status)
        out.append(Fact(a.actor_id, RelationType.MET_WITH, b.actor_id, status, conf, met))
    return out


_SIDES = words("side party")


def _from_sides(fact: Fact) -> bool:
    """Was the fact's target read from "the two sides" (a counted group, not a name)?"""
    doc = fact.reading.trigger.doc
    return any(
        r.actor_id == fact.target and r.how == "pronoun" and doc[r.token].lemma_ in _SIDES
        for r in fact.reading.pairwise
    )


def sides_of_the_story(facts: list[Fact], story: list[str]) -> list[Fact]:
    """Mediation "between the two sides" is between the story's two sides: the group reader
    takes the last pair named ("thanked Switzerland and South Korea ... shuttled messages
    between the two sides"), which for a mediation is right only when it is the story's pair."""
    return [
        f
        for f in facts
        if f.type is not RelationType.MEDIATED or f.target in story or not _from_sides(f)
    ]
