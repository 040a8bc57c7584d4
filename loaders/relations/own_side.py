"""A person and the body or state he serves are one side: "NATO Secretary General Mark Rutte"
closing "the NATO summit" did not meet NATO, nor did a minister meet his own government. Such
pairs come from readings that put everyone at one meeting together (summits, hosts, lists)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex


def _names(index: ActorIndex, actor_id: str) -> set[str]:
    actor = index.actors.get(actor_id)
    if actor is None:
        return set()
    return {n.lower() for n in (actor.name, *actor.aliases) if n}


def _titled_by(index: ActorIndex, person: str, body: str) -> bool:
    """The person's title or a role names the body ("NATO Secretary General")."""
    actor = index.actors.get(person)
    if actor is None:
        return False
    if any(role.organization_id == body for role in actor.roles):
        return True
    titles = " ".join([actor.title or "", *(r.title for r in actor.roles)]).lower()
    words = set(re.findall(r"[\w'-]+", titles))
    return any(n in words or (" " in n and n in titles) for n in _names(index, body))


def serves(index: ActorIndex, a: str, b: str) -> bool:
    """One of the two is a person who serves the other: his own state, or a body his title
    names."""
    for person, other in ((a, b), (b, a)):
        if index.kind(person) != "PERSON" or index.kind(other) == "PERSON":
            continue
        own = index.country(person)
        if index.kind(other) == "COUNTRY" and own is not None and own == index.country(other):
            return True
        if _titled_by(index, person, other):
            return True
    return False
