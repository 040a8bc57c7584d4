"""The store protocol: what the API and the loaders may ask of any storage engine.

Both engines (embedded FalkorDB, Neo4j) implement it and pass one contract suite; resolvers reach
it through the GraphQL context and never build Cypher themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

    from schema.models import Actor, Article, Event, Evidence, Extraction, Relation
    from schema.ontology import ActorKind, EventType, ParticipantRole, RelationType, Status


class Direction:
    OUT = "OUT"
    IN = "IN"
    BOTH = "BOTH"


class CountBy(StrEnum):
    """How relation counts are grouped: by type, by GDELT quad class, by month or year, or by the
    other actor of each relation (counting one actor's relations: whom it deals with most)."""

    TYPE = "TYPE"
    QUAD_CLASS = "QUAD_CLASS"
    MONTH = "MONTH"
    YEAR = "YEAR"
    COUNTERPART = "COUNTERPART"


class RelationOrder(StrEnum):
    """The order relation pages come in, most first: the newest facts (a feed), the facts most
    articles report (the best corroborated, GDELT users' first cut), or the facts the
    extractor was surest of (what to check first). Ties fall back to the newest."""

    NEWEST = "NEWEST"
    MOST_SOURCES = "MOST_SOURCES"
    MOST_CONFIDENT = "MOST_CONFIDENT"


class ActorOrder(StrEnum):
    """The order actor pages come in: by name, by how well the name matches a search (search
    only), or the actors in the most relations first (who is most in the news), then by name."""

    NAME = "NAME"
    RELEVANCE = "RELEVANCE"
    MOST_RELATIONS = "MOST_RELATIONS"


@dataclass(frozen=True, slots=True)
class Count:
    """One group of a count: a type, a quad class, a month ("2024-03"), a year ("2024") or a
    counterpart's actor id."""

    key: str | None
    """None for the facts with no date, when counting by month or year."""
    count: int
    average_goldstein: float
    """The group's mean Goldstein weight: below 0 the group leans to conflict, above to
    cooperation (GDELT's AvgGoldstein, charted per dyad and month)."""


@dataclass(frozen=True, slots=True)
class PageRequest:
    """Cursor pagination: `after` is an opaque cursor returned with a previous page."""

    first: int = 50
    after: str | None = None


@dataclass(frozen=True, slots=True)
class Page[T]:
    items: list[T]
    cursors: list[str]
    total_count: int
    has_next_page: bool
    has_previous_page: bool = False


@dataclass(frozen=True, slots=True)
class ActorFilter:
    search: str | None = None
    kind: ActorKind | None = None
    country: str | None = None
    order: ActorOrder | None = None
    """Not a filter: the order of the pages; None is RELEVANCE with a search, NAME without."""


@dataclass(frozen=True, slots=True)
class RelationFilter:
    types: Sequence[RelationType] | None = None
    source_id: str | None = None
    target_id: str | None = None
    actor_id: str | None = None
    """Either end (respecting `direction`)."""
    direction: str = Direction.BOTH
    counterpart_id: str | None = None
    """With `actor_id`: only the relations between those two actors (a dyad)."""
    date_from: date | None = None
    date_to: date | None = None
    status: Status | None = None
    min_confidence: float | None = None
    """Only facts the extractor was at least this sure of (0..1)."""
    min_sources: int | None = None
    """Only facts reported by at least this many articles: GDELT users' usual noise cut."""
    order: RelationOrder = RelationOrder.NEWEST
    """Not a filter: the order pages of matching relations come in."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    type: EventType | None = None
    actor_id: str | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: Status | None = None
    role: ParticipantRole | None = None
    """The role `actor_id` played (any participant's, without an actor): the trips one made."""


@dataclass(frozen=True, slots=True)
class Subgraph:
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class WriteSummary:
    articles: int = 0
    actors: int = 0
    events: int = 0
    relations: int = 0


@dataclass(frozen=True, slots=True)
class StoreCounts:
    articles: int
    actors: int
    events: int
    relations: int
    sources: int
    """Evidence links from relations to articles."""


class Store(Protocol):
    """A graph store. Every method is safe to call from several threads (engines serialise)."""

    def close(self) -> None: ...
    def ping(self) -> bool: ...

    # writes: batched, idempotent, each Extraction stored whole or not at all
    def write(self, batch: Sequence[Extraction]) -> WriteSummary: ...
    def counts(self) -> StoreCounts: ...

    # actors
    def get_actors(self, ids: Sequence[str]) -> list[Actor | None]: ...
    def find_actors(self, where: ActorFilter, page: PageRequest) -> Page[Actor]: ...
    def actor_relation_counts(self, ids: Sequence[str]) -> list[int | None]:
        """How many visible relations each actor is in (a merged actor's id reads as its
        keeper), None where an id is unknown: the stored degree, so a page of actors costs one
        look-up, not a count per actor."""
        ...

    # relations and their provenance
    def get_relations(self, ids: Sequence[str]) -> list[Relation | None]: ...
    def find_relations(self, where: RelationFilter, page: PageRequest) -> Page[Relation]: ...
    def evidence_for(self, relation_ids: Sequence[str]) -> dict[str, list[Evidence]]: ...
    def relation_counts(
        self, where: RelationFilter, by: CountBy, first: int | None = None
    ) -> list[Count]: ...

    # events
    def get_events(self, ids: Sequence[str]) -> list[Event | None]: ...
    def find_events(self, where: EventFilter, page: PageRequest) -> Page[Event]: ...
    def related_events(self, event_id: str, window_days: int, limit: int) -> list[Event]: ...
    def timeline(
        self, actor_id: str, date_from: date | None, date_to: date | None
    ) -> list[Event]: ...

    # articles
    def get_articles(self, ids: Sequence[str]) -> list[Article | None]: ...
    def find_articles(self, search: str | None, page: PageRequest) -> Page[Article]: ...

    # graph shapes
    def neighbourhood(
        self,
        actor_id: str,
        depth: int,
        types: Sequence[RelationType] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> Subgraph: ...
    def shortest_path(
        self,
        from_id: str,
        to_id: str,
        max_hops: int,
        types: Sequence[RelationType] | None = None,
    ) -> list[Relation] | None: ...
    def subgraph(
        self,
        types: Sequence[RelationType] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> Subgraph: ...

    # curation: judgements kept beside extracted data, applied on reads and re-ingest, undoable
    def merge_actors(self, keep_id: str, drop_id: str) -> Actor: ...
    def unmerge_actor(self, drop_id: str) -> None: ...
    def reject_relation(self, relation_id: str, reason: str) -> None: ...
    def confirm_relation(self, relation_id: str) -> None: ...
    def clear_judgement(self, relation_id: str) -> None: ...
