"""A person and the body or state he serves are one side: "NATO Secretary General Mark Rutte"
closing "the NATO summit" did not meet NATO, nor did a minister meet his own government. Such
pairs come from readings that put everyone at one meeting together (summits, hosts, lists).

Three widths of "one side", each for the readers that need it:
- `state_and_its_own`: a state and any actor of that state (person, body): a speaker does not
  accuse, deny for or condemn his own side (reported.own_side and its readers);
- `person_of_state`: only a person and his own state: a state's own envoy is no party it
  mediates between (mediation_parties); a body of the state stays a possible party;
- `serves`: a person and his own state, or a body his title or role names: for meetings
  (doubted_meetings), where "NATO Secretary General Mark Rutte" did not meet NATO.
evaluations._on_side is a fourth, set-based check (the reacting side and the victims a label
names); its docstring says why it is not one of these.
"""

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


def state_and_its_own(index: ActorIndex, a: str, b: str) -> bool:
    """One of the two is a state and the other is of the same state: its person or body."""
    country = index.country(a)
    same_state = country is not None and country == index.country(b)
    return same_state and "COUNTRY" in {index.kind(a), index.kind(b)}


def one_side(index: ActorIndex, a: str, b: str) -> bool:
    """The same actor, or a state and its own people or bodies (reported.own_side and
    claimed_about: nobody accuses, or rejects an accusation by, his own side)."""
    return a == b or state_and_its_own(index, a, b)


def person_of_state(index: ActorIndex, a: str, b: str) -> bool:
    """One of the two is a person and the other his own state."""
    kinds = {index.kind(a), index.kind(b)}
    return kinds == {"COUNTRY", "PERSON"} and state_and_its_own(index, a, b)


def serves(index: ActorIndex, a: str, b: str) -> bool:
    """One of the two is a person who serves the other: his own state, or a body his title
    names."""
    if person_of_state(index, a, b):
        return True
    for person, other in ((a, b), (b, a)):
        if index.kind(person) != "PERSON" or index.kind(other) == "PERSON":
            continue
        if _titled_by(index, person, other):
            return True
    return False
