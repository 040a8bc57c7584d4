"""A body's own officer meeting its members is no meeting with the body.

"European Council President Donald Tusk raised it with Erdogan at a meeting with EU leaders":
Tusk chairs the EU's leaders; he met Erdogan, not the European Union. "NATO Secretary-General
Stoltenberg held talks with NATO allies" likewise. The officer's title names the body, or one
of its institutions (the European Council, Commission and Parliament are the EU's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

# The institutions whose officers speak for a wider body: an officer of one is of the other.
_INSTITUTIONS = {
    "european union": ("european council", "european commission", "european parliament"),
}


def _names(index: ActorIndex, body: str) -> list[str]:
    actor = index.actors.get(body)
    if actor is None:
        return []
    names = [actor.name.lower(), *(a.lower() for a in actor.aliases)]
    return names + [i for n in names for i in _INSTITUTIONS.get(n, ())]


def officer_of(index: ActorIndex, person: str, body: str) -> bool:
    """Whether the person's title names the body or one of its institutions."""
    title = index.title(person)
    return bool(title) and any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) for name in _names(index, body)
    )


def international_officer(index: ActorIndex, person: str) -> bool:
    """An officer of a body of no state ("Rafael Grossi, head of the IAEA", "European Council
    President Charles Michel"), who belongs to no state and so is a visitor in every one: the
    role tied to the body, or a title naming a body of the article the actor stage left untied."""
    actor = index.actors.get(person)
    roles = actor.roles if actor is not None else ()
    bodies = [
        a for a in index.actors if index.kind(a) == "ORGANIZATION" and index.country(a) is None
    ]
    return any(r.organization_id in bodies for r in roles) or any(
        officer_of(index, person, body) for body in bodies
    )


def _own_body(fact: Fact, index: ActorIndex) -> bool:
    if fact.type is not RelationType.MET_WITH:
        return False
    return any(
        index.kind(person) == "PERSON"
        and index.kind(body) == "ORGANIZATION"
        and officer_of(index, person, body)
        for person, body in ((fact.source, fact.target), (fact.target, fact.source))
    )


def without_own_bodies(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """Every fact but an officer's meeting with the body he serves."""
    return [f for f in facts if not _own_body(f, index)]
