"""Arrests by a state's police the parse (or the actor stage) does not name as an actor.

"Krasikov was arrested by German police minutes after the shooting": the parser reads "German
police minutes" as one noun phrase headed by "minutes", so "German police" is no mention and the
arrest has no doer. A demonym on the agent phrase of a police or security noun ("police",
"forces", "agents") names the state that arrested: the state must already be an actor of the
article, and the rest of the reading (target, modality) is the lexicon's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading

_FORCES = words("police policeman policemen officer agent force troop soldier guard authority")


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
        for target in reading.targets:
            if index.kind(target.actor_id) != "PERSON":
                continue
            conf = confidence(reading.strength - 0.1, target)
            kind = RelationType.DETAINED
            out.append(Fact(state, kind, target.actor_id, reading.status, conf, reading))
    return out
