"""Domain objects. Every layer speaks these; GraphQL types and the extract JSON map from them."""

from __future__ import annotations

import datetime as dt
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from schema.ontology import (
    ActorKind,
    DatePrecision,
    EventType,
    ParticipantRole,
    QuadClass,
    RelationType,
    Status,
)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Model):
    id: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    text: str = ""


class Role(_Model):
    """A post a person holds: `Foreign Minister` of `country:RUS`."""

    title: str
    organization_id: str | None = None
    """The country or organization served (an actor id), when the text names it."""
    since: date | None = None
    until: date | None = None


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    """ISO 3166-1 alpha-3 of the state the actor belongs to or serves; None for IGOs."""
    aliases: tuple[str, ...] = ()
    title: str | None = None
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None


class Evidence(_Model):
    """Where a fact was read: one sentence of one article, by character offsets into its text."""

    article_id: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Relation(_Model):
    id: str
    source_id: str
    type: RelationType
    target_id: str
    status: Status
    date: dt.date | None = None
    # `dt.date`: under postponed annotations a bare `date` here would name this very field
    date_precision: DatePrecision | None = None
    """How much of `date` the text gave (a month is stored as its 1st); None when undated."""
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()
    source_count: int = 1
    """How many articles report this fact (GDELT's NumArticles)."""
    curation: str | None = None
    """`CONFIRMED` when a curator confirmed it; rejected relations are never returned."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def cameo(self) -> str:
        return self.type.spec.cameo[0]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def plover(self) -> str:
        return self.type.spec.plover

    @computed_field  # type: ignore[prop-decorator]
    @property
    def goldstein(self) -> float:
        """Conflict (-10) to cooperation (+10) weight of the type's CAMEO code, as in GDELT."""
        return self.type.spec.goldstein

    @computed_field  # type: ignore[prop-decorator]
    @property
    def quad_class(self) -> QuadClass:
        return self.type.spec.quad_class


class Place(_Model):
    id: str
    name: str
    country: str | None = None


class Participation(_Model):
    """One actor's part in an event (`(Actor)-[:PARTICIPATED_IN {role}]->(Event)`)."""

    actor_id: str
    role: ParticipantRole | None = None
    """None where the store predates roles or an event was merged without one."""


class Event(_Model):
    id: str
    type: EventType
    date: dt.date | None = None
    # `dt.date`: under postponed annotations a bare `date` here would name this very field
    date_precision: DatePrecision | None = None
    """How much of `date` the text gave (a month is stored as its 1st); None when undated."""
    status: Status
    participant_ids: tuple[str, ...] = ()
    participations: tuple[Participation, ...] = ()
    """Who did what in it (visitor and host, captor and detainee), for participants with a role."""
    place: str | None = None
    """Place name (city or region) where it happened, when the text says."""
    place_country: str | None = None
    """ISO 3166-1 alpha-3 of the state the place lies in, when the place is a known city."""
    article_ids: tuple[str, ...] = ()
    source_count: int = 1

    @model_validator(mode="after")
    def _roles_of_participants(self) -> Event:
        strangers = {p.actor_id for p in self.participations} - set(self.participant_ids)
        if strangers:
            raise ValueError(f"roles for actors that are no participants: {sorted(strangers)}")
        return self

    def role_of(self, actor_id: str) -> ParticipantRole | None:
        return next((p.role for p in self.participations if p.actor_id == actor_id), None)


class Extraction(_Model):
    """Everything read from one article: the unit that is stored whole or not at all."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
