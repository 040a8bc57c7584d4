"""Arrests by a state's police the parse (or the actor stage) does not name as an actor.

"Krasikov was arrested by German police minutes after the shooting": the parser reads "German
police minutes" as one noun phrase headed by "minutes", so "German police" is no mention and the
arrest has no doer. A demonym on the agent phrase of a police or security noun ("police",
"forces", "agents") names the state that arrested: the state must already be an actor of the
article, and the rest of the reading (target, modality) is the lexicon's.

"Police in Belarus detained him", "he was sentenced by a military tribunal in Egypt": a force of
law or a court placed "in" a state the article names is that state's, whichever voice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.frames_apply import Reading

_FORCES = words("police policeman policemen officer agent force troop soldier guard authority")
_PLACED = _FORCES | words("court tribunal judge prosecutor")
_PLAIN = frozenset({"det", "amod", "compound", "prep", "punct"})


def _placed_force_state(doer: Token, index: ActorIndex) -> str | None:
    """The state of "police in Belarus", "a military tribunal in Egypt": a force of law or a
    court whose only place is "in" a state the article knows; None for anything else ("police
    in the city", "Thai police in Bangkok" are read elsewhere)."""
    if doer.lemma_.lower() not in _PLACED or doer.ent_type_:
        return None
    if any(c.dep_ not in _PLAIN for c in doer.children):
        return None
    if index.refs(doer) or any(c.dep_ == "compound" or c.ent_type_ for c in doer.children):
        return None  # a force of its own: "the morality police", "Thai police"
    places = [p for c in doer.children if c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    states = {
        r.actor_id for p in places for r in index.refs(p) if index.kind(r.actor_id) == "COUNTRY"
    }
    return states.pop() if len(states) == 1 else None


def placed_doers_state(verb: Token) -> str | None:
    """The one state every doer of the verb is a force placed in ("police in Belarus
    detained ...", "was sentenced by a court in Egypt"), else None."""
    here = ActorIndex(verb.doc)  # the lede is read as a Doc of its own
    states = {_placed_force_state(d, here) for d in passives.logical_source(verb)}
    return states.pop() if len(states) == 1 else None


def _agent_state(verb: Token, index: ActorIndex) -> str | None:
    """The state a demonym names in the agent phrase of a police noun, if it is an actor."""
    for agent in passives.agents(verb):
        phrase = [t for t in agent.subtree if t.i <= agent.i]  # the noun phrase up to its head
        if not any(t.lemma_.lower() in _FORCES for t in phrase):
            continue
        for tok in phrase:
            if tok.dep_ == "amod" and (state := index.demonym_state(tok)) is not None:
                return state
    return None


def arrests_by_police(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """DETAINED facts for passive arrests "by German police" whose doer the parse lost."""
    out: list[Fact] = []
    for reading in readings:
        verb = reading.trigger
        if reading.frame.type is not RelationType.DETAINED or reading.sources:
            continue
        if verb.pos_ != "VERB" or not passives.is_passive(verb):
            continue
        state = _agent_state(verb, index)
        if state is None:
            continue
        out += _arrests(state, reading, index)
    return out


def arrests_by_placed_forces(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """DETAINED facts for "police in Belarus detained A", "A was sentenced by a court in
    Egypt": a holding with no actor for a doer, done by a force placed in one state."""
    out: list[Fact] = []
    for reading in readings:
        verb = reading.trigger
        if reading.frame.type is not RelationType.DETAINED or reading.sources:
            continue
        if verb.pos_ != "VERB":
            continue
        state = placed_doers_state(verb)
        if state is not None:
            out += _arrests(state, reading, index)
    return out


def _arrests(state: str, reading: Reading, index: ActorIndex) -> list[Fact]:
    """The state's detention of each person the reading holds."""
    out: list[Fact] = []
    for target in reading.targets:
        if index.kind(target.actor_id) != "PERSON":
            continue
        conf = confidence(reading.strength - 0.1, target)
        kind = RelationType.DETAINED
        out.append(Fact(state, kind, target.actor_id, reading.status, conf, reading))
    return out
