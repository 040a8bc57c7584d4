"""Being at war: "the RSF, which has been at war with the army since April", "Russia went to
war with Ukraine", "the two neighbours are at war". The state of war is named by a prepositional
phrase on "be" or "go", which no trigger frame reads (a frame's noun needs a light verb), yet it
asserts fighting each way, as "clashes between" does. Only a plain fact counts: "could go to
war", "is not at war with NATO" and "fears of going to war" say nothing happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_STRENGTH = 0.65
_NOMINAL = frozenset({"technically", "formally", "officially", "nominally", "legally"})
"""Adverbs that make the state of war one of law only: "are still technically at war"."""
_FRAME = Frame(RelationType.ATTACKED, "war", "NOUN", ("prep:with",))


def _state_verb(war: Token) -> Token | None:
    """ "is at war", "went to war": the verb of being or going that the phrase hangs on."""
    prep = war.head
    if war.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("at", "to"):
        return None
    verb = prep.head
    going = prep.lower_ == "to" and verb.lemma_.lower() == "go"
    being = prep.lower_ == "at" and verb.lemma_.lower() in ("be", "remain", "stay")
    return verb if going or being else None


def _sides(war: Token, verb: Token, index: ActorIndex) -> tuple[list[Ref], list[Ref]] | None:
    """The subject's side and the other: named after "with"/"against", or a pair of subjects."""
    subjects = [r for t in grammatical_subjects(verb) for r in index.refs(t)]
    others = [r for t in arg.prep_objects([war, verb], ("with", "against")) for r in index.refs(t)]
    if subjects and others:
        return subjects, others
    ids = list(dict.fromkeys(r.actor_id for r in subjects))
    if not others and len(ids) == 2:  # "Armenia and Azerbaijan were at war"
        return [r for r in subjects if r.actor_id == ids[0]][:1], [
            r for r in subjects if r.actor_id == ids[1]
        ][:1]
    return None


def at_war(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ATTACKED each way between the sides of "X is/has been at war with Y", "went to war"."""
    out: list[Fact] = []
    for war in doc[index.dateline_end :]:
        if war.lemma_.lower() != "war" or war.pos_ != "NOUN" or war.n_lefts:
            continue  # "at a war with": no determiner, or it is a war, not the state of war
        verb = _state_verb(war)
        if verb is None or verb_status(verb) is not Status.OCCURRED:
            continue  # "could go to war", "will be at war": modality's unreal and future aux
        if any(c.lower_ in _NOMINAL for c in (*verb.children, *war.head.children)):
            continue  # "remain technically at war": a state on paper, no fighting
        sides = _sides(war, verb, index)
        if sides is None:
            continue
        first, second = sides
        reading = Reading(_FRAME, war, (war,), Status.OCCURRED, _STRENGTH, pairwise=first + second)
        kind = RelationType.ATTACKED
        out += facts_between(first, kind, second, Status.OCCURRED, _STRENGTH, reading)
        out += facts_between(second, kind, first, Status.OCCURRED, _STRENGTH, reading)
    return out
