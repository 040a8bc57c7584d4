"""Of two states freeing a person together, the one whose national the person is got him back.

"Russia and Ukraine exchanged prisoners, freeing Ukrainian filmmaker X": the freeing verb takes
both states of the exchange as its doers, but X was held by one side and freed to the other. The
state of the person's own nationality received him, it neither held nor released him. Only a
release shared by two or more states is read so: a state alone freeing its own national
("Iran freed the Iranian activist") did hold him.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_READ_OFF_RELEASE = frozenset({RelationType.RELEASED, RelationType.DETAINED})


def _release_key(fact: Fact) -> tuple[int, int, str]:
    trigger = fact.reading.trigger
    return (id(trigger.doc), trigger.i, fact.target)


def without_freed_to_own_state(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """The facts without the release (and the detention read off it) by a state of a person
    of its own nationality whom another state freed on the same verb."""
    freers: dict[tuple[int, int, str], set[str]] = defaultdict(set)
    for fact in facts:
        if fact.type is RelationType.RELEASED and index.kind(fact.source) == "COUNTRY":
            freers[_release_key(fact)].add(fact.source)

    def received(fact: Fact) -> bool:
        if fact.type not in _READ_OFF_RELEASE or len(freers.get(_release_key(fact), ())) < 2:
            return False
        if fact.source not in freers[_release_key(fact)]:
            return False
        own = index.country(fact.target)
        return own is not None and own == index.country(fact.source)

    return [f for f in facts if not received(f)]
