# mypy: disallow-untyped-decorators=False
# (strawberry.field(...) with arguments is typed as returning Any; bare fields stay checked)
"""Object types, mapped from the pydantic domain models by strawberry's pydantic integration.

Scalar fields come from the models (`strawberry.auto`); only links to other objects (an actor's
relations, a relation's ends and evidence) are resolvers, and those go through the per-request
DataLoaders so a page of results costs one store call per kind, not one per row.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import strawberry
from strawberry.experimental.pydantic import type as pydantic_type
from strawberry.types import Info  # needed at run time: strawberry/typer read annotations

from schema import models
from schema.errors import InvalidInputError, NotFoundError
from schema.graphql.connections import Connection, page_request, to_connection
from schema.graphql.context import graph_context
from schema.graphql.enums import (
    EventType,
    ParticipantRole,
    RelationDirection,
    RelationOrder,
    RelationType,
    Status,
)
from schema.graphql.loaders import off_loop
from schema.store import EventFilter, RelationFilter

# Forward references between pydantic-mapped types must be lazy: the integration resolves
# annotations when each class is decorated, before later classes exist.
LazyActor = Annotated["Actor", strawberry.lazy("schema.graphql.types")]
LazyRelation = Annotated["Relation", strawberry.lazy("schema.graphql.types")]
LazyEvent = Annotated["Event", strawberry.lazy("schema.graphql.types")]

FromArg = Annotated[date | None, strawberry.argument(name="from", description="on or after")]
ToArg = Annotated[date | None, strawberry.argument(name="to", description="on or before")]
TypesArg = Annotated[
    list[RelationType] | None,
    strawberry.argument(description="any of these types (with `type`: either)"),
]
MinConfidenceArg = Annotated[
    float | None,
    strawberry.argument(description="only facts the extractor was at least this sure of (0-1)"),
]
MinSourcesArg = Annotated[
    int | None,
    strawberry.argument(description="only facts reported by at least this many articles"),
]
OrderArg = Annotated[
    RelationOrder,
    strawberry.argument(description="NEWEST (default), MOST_SOURCES or MOST_CONFIDENT first"),
]
CounterpartArg = Annotated[
    strawberry.ID | None,
    strawberry.argument(description="only relations with this actor too (a dyad, either way)"),
]


def relation_filter(
    *,
    type: RelationType | None = None,
    types: list[RelationType] | None = None,
    min_confidence: float | None = None,
    min_sources: int | None = None,
    **where: Any,
) -> RelationFilter:
    """The store's relation filter from GraphQL arguments, refusing impossible thresholds."""
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise InvalidInputError("minConfidence", f"must be between 0 and 1, got {min_confidence}")
    if min_sources is not None and min_sources < 1:
        raise InvalidInputError("minSources", f"must be 1 or more, got {min_sources}")
    chosen = sorted({*([type] if type else []), *(types or [])})
    return RelationFilter(
        types=chosen or None, min_confidence=min_confidence, min_sources=min_sources, **where
    )


@pydantic_type(model=models.Article, name="Article", description="A news article facts come from.")
class Article:
    id: strawberry.ID
    title: strawberry.auto
    published: strawberry.auto
    url: strawberry.auto
    text: strawberry.auto


@pydantic_type(
    model=models.Evidence, name="Evidence", description="The sentence a fact was read in."
)
class Evidence:
    article_id: strawberry.ID
    sentence: strawberry.auto
    start: strawberry.auto
    end: strawberry.auto

    @strawberry.field
    async def article(self, info: Info[Any, Any]) -> Article:
        found = await graph_context(info).loaders.articles.load(self.article_id)
        if found is None:
            raise NotFoundError("article", self.article_id)
        return to_article(found)


@pydantic_type(model=models.Role, name="Role", description="A post a person holds.")
class Role:
    title: strawberry.auto
    organization_id: strawberry.ID | None
    since: strawberry.auto
    until: strawberry.auto

    @strawberry.field(description="The country or organization served, when the text names it.")
    async def organization(self, info: Info[Any, Any]) -> LazyActor | None:
        if self.organization_id is None:
            return None
        found = await graph_context(info).loaders.actors.load(self.organization_id)
        return to_actor(found) if found else None


@pydantic_type(model=models.Actor, name="Actor", description="A person, country or organization.")
class Actor:
    id: strawberry.ID
    name: strawberry.auto
    kind: strawberry.auto
    country: strawberry.auto
    aliases: strawberry.auto
    title: strawberry.auto
    roles: strawberry.auto
    wikidata: strawberry.auto

    @strawberry.field(
        description="How many visible relations the actor is in, its merged actors' included:"
        " what `relations { totalCount }` says without filters, but stored, so free to ask for"
        " on every actor of a page."
    )
    async def relation_count(self, info: Info[Any, Any]) -> int:
        found = await graph_context(info).loaders.relation_counts.load(self.id)
        return 0 if found is None else found  # an actor deleted meanwhile is in none

    @strawberry.field(
        description="Relations this actor takes part in, newest first (or `orderBy`)."
    )
    async def relations(
        self,
        info: Info[Any, Any],
        type: RelationType | None = None,
        types: TypesArg = None,
        direction: RelationDirection = RelationDirection.BOTH,
        counterpart_id: CounterpartArg = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
        status: Status | None = None,
        min_confidence: MinConfidenceArg = None,
        min_sources: MinSourcesArg = None,
        order_by: OrderArg = RelationOrder.NEWEST,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[LazyRelation]:
        where = relation_filter(
            type=type,
            types=types,
            actor_id=self.id,
            direction=direction.value,
            counterpart_id=counterpart_id,
            date_from=date_from,
            date_to=date_to,
            status=status,
            min_confidence=min_confidence,
            min_sources=min_sources,
            order=order_by,
        )
        return await relation_page(info, where, first, after)

    @strawberry.field(description="Events this actor took part in (in a given role).")
    async def events(
        self,
        info: Info[Any, Any],
        type: EventType | None = None,
        role: ParticipantRole | None = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
        status: Status | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[LazyEvent]:
        where = EventFilter(
            type=type,
            actor_id=self.id,
            role=role,
            date_from=date_from,
            date_to=date_to,
            status=status,
        )
        return await event_page(info, where, first, after)


@pydantic_type(
    model=models.Relation,
    name="Relation",
    include_computed=True,
    description="An actor-to-actor fact (who did what to whom, when), with its provenance.",
)
class Relation:
    id: strawberry.ID
    type: strawberry.auto
    source_id: strawberry.ID
    target_id: strawberry.ID
    status: strawberry.auto
    date: strawberry.auto
    date_precision: strawberry.auto
    confidence: strawberry.auto
    source_count: strawberry.auto
    curation: strawberry.auto
    cameo: strawberry.auto
    plover: strawberry.auto
    goldstein: float = strawberry.field(
        description="Conflict (-10) to cooperation (+10) weight of the CAMEO code, as in GDELT."
    )
    quad_class: strawberry.auto

    @strawberry.field
    async def source(self, info: Info[Any, Any]) -> Actor:
        return await load_actor(info, self.source_id)

    @strawberry.field
    async def target(self, info: Info[Any, Any]) -> Actor:
        return await load_actor(info, self.target_id)

    @strawberry.field(description="Every sentence that reports this fact.")
    async def evidence(self, info: Info[Any, Any]) -> list[Evidence]:
        found = await graph_context(info).loaders.evidence.load(self.id)
        return [to_evidence(e) for e in found]


@pydantic_type(
    model=models.Participation,
    name="Participation",
    description="One actor's part in an event: who went and who received, who held whom.",
)
class Participation:
    actor_id: strawberry.ID
    role: strawberry.auto

    @strawberry.field
    async def actor(self, info: Info[Any, Any]) -> LazyActor:
        return await load_actor(info, self.actor_id)


@pydantic_type(model=models.Event, name="Event", description="Something that happened, once.")
class Event:
    id: strawberry.ID
    type: strawberry.auto
    date: strawberry.auto
    date_precision: strawberry.auto
    status: strawberry.auto
    participant_ids: list[strawberry.ID]
    participations: strawberry.auto
    place: strawberry.auto
    place_country: strawberry.auto
    article_ids: list[strawberry.ID]
    source_count: strawberry.auto

    @strawberry.field
    async def participants(self, info: Info[Any, Any]) -> list[Actor]:
        found = await graph_context(info).loaders.actors.load_many(self.participant_ids)
        return [to_actor(a) for a in found if a is not None]

    @strawberry.field(description="The articles that report it.")
    async def sources(self, info: Info[Any, Any]) -> list[Article]:
        found = await graph_context(info).loaders.articles.load_many(self.article_ids)
        return [to_article(a) for a in found if a is not None]


async def relation_page(
    info: Info[Any, Any], where: RelationFilter, first: int | None, after: str | None
) -> Connection[Relation]:
    ctx = graph_context(info)
    request = page_request(ctx.limits, first, after)
    return to_connection(await off_loop(ctx.store.find_relations, where, request), to_relation)


async def event_page(
    info: Info[Any, Any], where: EventFilter, first: int | None, after: str | None
) -> Connection[Event]:
    ctx = graph_context(info)
    request = page_request(ctx.limits, first, after)
    return to_connection(await off_loop(ctx.store.find_events, where, request), to_event)


async def load_actor(info: Info[Any, Any], actor_id: str) -> Actor:
    found = await graph_context(info).loaders.actors.load(actor_id)
    if found is None:
        raise NotFoundError("actor", actor_id)
    return to_actor(found)


# strawberry adds `from_pydantic` at run time; these typed wrappers are the only place it is named.
def to_actor(model: models.Actor) -> Actor:
    return Actor.from_pydantic(model)  # type: ignore[attr-defined,no-any-return]


def to_relation(model: models.Relation) -> Relation:
    return Relation.from_pydantic(model)  # type: ignore[attr-defined,no-any-return]


def to_event(model: models.Event) -> Event:
    return Event.from_pydantic(model)  # type: ignore[attr-defined,no-any-return]


def to_article(model: models.Article) -> Article:
    return Article.from_pydantic(model)  # type: ignore[attr-defined,no-any-return]


def to_evidence(model: models.Evidence) -> Evidence:
    return Evidence.from_pydantic(model)  # type: ignore[attr-defined,no-any-return]
