"""A court convicts on its state's charges: "a Moscow court sentenced X on charges of treason".

The charges a court tries are brought by the state's prosecution, so a court of a state that
accuses a person on them speaks for that state too (ANNOTATION.md: the state accuses when its
prosecutors charge). Only a court (a body with "court" or "tribunal" in its name) of a state the
article has as an actor, and only for a person: a court's finding against a state ("ruling that
the killing had been ordered by the Russian state") is the court's own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_COURT_WORDS = frozenset({"court", "tribunal"})


def charges_of_court_states(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """ACCUSED facts of the court's state for each person its court accused."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is not RelationType.ACCUSED or index.kind(fact.target) != "PERSON":
            continue
        if not _is_court(fact.source, index):
            continue
        state = index.state_of(fact.source)
        if state is not None and state != fact.target:
            out.append(replace(fact, source=state))
    return out


def _is_court(actor_id: str, index: ActorIndex) -> bool:
    actor = index.actors.get(actor_id)
    if actor is None or index.kind(actor_id) != "ORGANIZATION":
        return False
    return bool(_COURT_WORDS & set(actor.name.lower().split()))
