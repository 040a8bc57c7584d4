# mypy: disallow-untyped-decorators=False
# (strawberry.field(...) with arguments is typed as returning Any; bare fields stay checked)
"""Look-ups and filtered lists: actors, relations, events, articles, with cursor pagination."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.types import Info  # needed at run time: strawberry/typer read annotations

from schema.graphql.connections import Connection, page_request, to_connection
from schema.graphql.context import graph_context
from schema.graphql.enums import (
    ActorKind,
    ActorOrder,
    EventType,
    ParticipantRole,
    RelationType,
    Status,
)
from schema.graphql.loaders import off_loop
from schema.graphql.types import (
    Actor,
    Article,
    CounterpartArg,
    Event,
    FromArg,
    MinConfidenceArg,
    MinSourcesArg,
    OrderArg,
    Relation,
    ToArg,
    TypesArg,
    event_page,
    load_actor,
    relation_filter,
    relation_page,
    to_actor,
    to_article,
    to_event,
    to_relation,
)
from schema.store import ActorFilter, CountBy, EventFilter, RelationOrder

ActorOrderArg = Annotated[
    ActorOrder | None,
    strawberry.argument(
        description="NAME, RELEVANCE (needs `search`) or MOST_RELATIONS first; by default"
        " RELEVANCE with `search`, NAME without"
    ),
]


@strawberry.type(description="How much the graph holds.")
class Stats:
    articles: int
    actors: int
    events: int
    relations: int
    sources: int = strawberry.field(description="Evidence links from relations to articles.")


@strawberry.type(
    description="One group of a relation count: a type, a quad class, a month, a year or a"
    " counterpart."
)
class RelationCount:
    key: str | None = strawberry.field(
        description="`CONDEMNED`, `MATERIAL_CONFLICT`, `2024-03`, `2024` or a counterpart's"
        " actor id; null for the undated facts."
    )
    count: int
    average_goldstein: float = strawberry.field(
        description="Mean Goldstein weight of the group's relations: below 0 it leans to"
        " conflict, above 0 to cooperation (GDELT's AvgGoldstein)."
    )
    by: strawberry.Private[CountBy]

    @strawberry.field(description="The other actor, when counting by COUNTERPART; else null.")
    async def counterpart(self, info: Info[Any, Any]) -> Actor | None:
        if self.by != CountBy.COUNTERPART or self.key is None:
            return None
        return await load_actor(info, self.key)


@strawberry.type
class LookupQuery:
    @strawberry.field(description="One actor by id (`country:RUS`, `person:sergey-lavrov`).")
    async def actor(self, info: Info[Any, Any], id: strawberry.ID) -> Actor | None:
        found = await graph_context(info).loaders.actors.load(id)
        return to_actor(found) if found else None

    @strawberry.field(
        description=(
            "Actors by name (or alias), kind and country. With `search`, the actor whose name is "
            "the search comes first, then names holding it as whole words, then as a word's start, "
            "then matches by alias; within each, the actor in more relations first. Without "
            "`search`, in name order. `orderBy: MOST_RELATIONS` lists the actors most in the news "
            "first, with or without `search`."
        )
    )
    async def actors(
        self,
        info: Info[Any, Any],
        search: str | None = None,
        kind: ActorKind | None = None,
        country: str | None = None,
        order_by: ActorOrderArg = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Actor]:
        ctx = graph_context(info)
        where = ActorFilter(
            search=search,
            kind=kind,
            country=country.upper() if country else None,
            order=order_by,
        )
        page = await off_loop(ctx.store.find_actors, where, page_request(ctx.limits, first, after))
        return to_connection(page, to_actor)

    @strawberry.field(description="One relation by id.")
    async def relation(self, info: Info[Any, Any], id: strawberry.ID) -> Relation | None:
        found = await off_loop(graph_context(info).store.get_relations, [id])
        return to_relation(found[0]) if found and found[0] else None

    @strawberry.field(
        description="Actor-to-actor relations, newest first, or the most reported or surest read"
        " first (`orderBy`)."
    )
    async def relations(
        self,
        info: Info[Any, Any],
        type: RelationType | None = None,
        types: TypesArg = None,
        source_id: strawberry.ID | None = None,
        target_id: strawberry.ID | None = None,
        actor_id: strawberry.ID | None = None,
        counterpart_id: CounterpartArg = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
        status: Status | None = None,
        min_confidence: MinConfidenceArg = None,
        min_sources: MinSourcesArg = None,
        order_by: OrderArg = RelationOrder.NEWEST,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Relation]:
        where = relation_filter(
            type=type,
            types=types,
            source_id=source_id,
            target_id=target_id,
            actor_id=actor_id,
            counterpart_id=counterpart_id,
            date_from=date_from,
            date_to=date_to,
            status=status,
            min_confidence=min_confidence,
            min_sources=min_sources,
            order=order_by,
        )
        return await relation_page(info, where, first, after)

    @strawberry.field(
        description="How many relations match, grouped by type, quad class, month or year"
        " (oldest first), with their mean Goldstein weight: what a dashboard charts. A fact"
        " dated only to a year counts in that year's January. By COUNTERPART (with actorId,"
        " sourceId or targetId): the actors at the other end, most frequent first. `first`"
        " keeps only the leading groups (an actor's top counterparts)."
    )
    async def relation_counts(
        self,
        info: Info[Any, Any],
        by: CountBy,
        type: RelationType | None = None,
        types: TypesArg = None,
        source_id: strawberry.ID | None = None,
        target_id: strawberry.ID | None = None,
        actor_id: strawberry.ID | None = None,
        counterpart_id: CounterpartArg = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
        status: Status | None = None,
        min_confidence: MinConfidenceArg = None,
        min_sources: MinSourcesArg = None,
        first: int | None = None,
    ) -> list[RelationCount]:
        limits = graph_context(info).limits
        if first is not None:
            limits.bounded("first", first, 1, limits.max_page_size)
        where = relation_filter(
            type=type,
            types=types,
            source_id=source_id,
            target_id=target_id,
            actor_id=actor_id,
            counterpart_id=counterpart_id,
            date_from=date_from,
            date_to=date_to,
            status=status,
            min_confidence=min_confidence,
            min_sources=min_sources,
        )
        found = await off_loop(graph_context(info).store.relation_counts, where, by, first)
        return [
            RelationCount(key=c.key, count=c.count, average_goldstein=c.average_goldstein, by=by)
            for c in found
        ]

    @strawberry.field(description="One event by id.")
    async def event(self, info: Info[Any, Any], id: strawberry.ID) -> Event | None:
        found = await graph_context(info).loaders.events.load(id)
        return to_event(found) if found else None

    @strawberry.field(
        description="Events by type, participant (and its role), country, date and status."
    )
    async def events(
        self,
        info: Info[Any, Any],
        type: EventType | None = None,
        actor_id: strawberry.ID | None = None,
        role: Annotated[
            ParticipantRole | None,
            strawberry.argument(
                description="The role `actorId` played; without `actorId`, any participant's."
            ),
        ] = None,
        country: str | None = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
        status: Status | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Event]:
        where = EventFilter(
            type=type,
            actor_id=actor_id,
            role=role,
            country=country.upper() if country else None,
            date_from=date_from,
            date_to=date_to,
            status=status,
        )
        return await event_page(info, where, first, after)

    @strawberry.field(description="One article by id.")
    async def article(self, info: Info[Any, Any], id: strawberry.ID) -> Article | None:
        found = await graph_context(info).loaders.articles.load(id)
        return to_article(found) if found else None

    @strawberry.field(description="Articles, optionally by words of their title or text.")
    async def articles(
        self,
        info: Info[Any, Any],
        search: str | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Article]:
        ctx = graph_context(info)
        page = await off_loop(
            ctx.store.find_articles, search, page_request(ctx.limits, first, after)
        )
        return to_connection(page, to_article)

    @strawberry.field(description="Counts of what the graph holds.")
    async def stats(self, info: Info[Any, Any]) -> Stats:
        counts = await off_loop(graph_context(info).store.counts)
        return Stats(
            articles=counts.articles,
            actors=counts.actors,
            events=counts.events,
            relations=counts.relations,
            sources=counts.sources,
        )
