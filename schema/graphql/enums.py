"""GraphQL enums: the ontology's own Enum classes, registered with strawberry (no second copy)."""

from __future__ import annotations

from enum import StrEnum

import strawberry

from schema.ontology import (
    ActorKind,
    DatePrecision,
    EventType,
    ParticipantRole,
    QuadClass,
    RelationType,
    Status,
)
from schema.store import ActorOrder, CountBy, RelationOrder

strawberry.enum(ActorKind, description="What an actor is: a person, a state or an organization.")
strawberry.enum(Status, description="Whether a fact happened or is announced for later.")
strawberry.enum(EventType, description="Kinds of event nodes.")
strawberry.enum(
    DatePrecision,
    description="How much of a date the text gave; a MONTH or YEAR is stored as its first day.",
)
strawberry.enum(RelationType, description="Actor-to-actor relation types (CAMEO/PLOVER coded).")
strawberry.enum(
    QuadClass,
    description="GDELT's quad class of a CAMEO code: verbal or material, cooperation or conflict.",
)
strawberry.enum(
    ParticipantRole,
    description="What an actor did in an event: visitor or host, captor or detainee, ...",
)


strawberry.enum(CountBy, description="How relation counts are grouped.")
strawberry.enum(
    RelationOrder,
    description="Which relations come first: the newest, the most reported, or the surest read.",
)
strawberry.enum(
    ActorOrder,
    description="Which actors come first: by name, the best match for the search, or the actors"
    " in the most relations (the most in the news).",
)


@strawberry.enum(description="How to rank actors in a network.")
class CentralityMeasure(StrEnum):
    DEGREE = "DEGREE"
    BETWEENNESS = "BETWEENNESS"
    PAGERANK = "PAGERANK"


@strawberry.enum(description="Which end of a relation an actor must be.")
class RelationDirection(StrEnum):
    OUT = "OUT"
    IN = "IN"
    BOTH = "BOTH"


__all__ = [
    "ActorKind",
    "ActorOrder",
    "CentralityMeasure",
    "CountBy",
    "DatePrecision",
    "EventType",
    "ParticipantRole",
    "QuadClass",
    "RelationDirection",
    "RelationOrder",
    "RelationType",
    "Status",
]
