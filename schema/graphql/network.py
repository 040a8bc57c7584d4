# mypy: disallow-untyped-decorators=False
# (strawberry.field(...) with arguments is typed as returning Any; bare fields stay checked)
"""Graph-shaped questions: ego networks, paths, centrality, communities, related events, timelines.

The store returns subgraphs and paths; network measures come from the analytics service the app
wires in (networkx in graph/). Depth and hop counts are bounded before anything is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info  # needed at run time: strawberry/typer read annotations

from schema.errors import NotFoundError
from schema.graphql.context import graph_context
from schema.graphql.enums import CentralityMeasure, RelationType
from schema.graphql.loaders import off_loop
from schema.graphql.types import Actor, Event, FromArg, Relation, ToArg, to_actor, to_event
from schema.graphql.types import to_relation as relation

if TYPE_CHECKING:
    from schema.graphql.context import GraphContext

TypesArg = Annotated[
    list[RelationType] | None, strawberry.argument(description="only these relation types")
]


@strawberry.type(description="Actors around one actor and the relations between them.")
class Network:
    nodes: list[Actor]
    edges: list[Relation]


@strawberry.type(description="A chain of relations from one actor to another.")
class Path:
    hops: list[Relation]

    @strawberry.field(description="Number of hops.")
    def length(self) -> int:
        return len(self.hops)


@strawberry.type(description="An actor and its score under a centrality measure.")
class ActorScore:
    actor: Actor
    score: float


@strawberry.type(description="A group of actors more tied to each other than to the rest.")
class Community:
    index: int
    size: int
    actors: list[Actor]


async def require_actor(ctx: GraphContext, actor_id: str) -> None:
    if await ctx.loaders.actors.load(actor_id) is None:
        raise NotFoundError("actor", actor_id)


@strawberry.type
class NetworkQuery:
    @strawberry.field(description="The actor, its neighbours up to `depth` hops, and their ties.")
    async def network(
        self,
        info: Info[Any, Any],
        actor_id: strawberry.ID,
        depth: int | None = 1,
        types: TypesArg = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
    ) -> Network:
        ctx = graph_context(info)
        depth = ctx.limits.bounded(
            "depth", 1 if depth is None else depth, 1, ctx.limits.max_network_depth
        )
        await require_actor(ctx, actor_id)
        sub = await off_loop(
            ctx.store.neighbourhood, actor_id, depth, types or None, date_from, date_to
        )
        return Network(
            nodes=[to_actor(a) for a in sub.actors], edges=[relation(r) for r in sub.relations]
        )

    @strawberry.field(description="A shortest chain of relations between two actors, if any.")
    async def path(
        self,
        info: Info[Any, Any],
        from_id: strawberry.ID,
        to_id: strawberry.ID,
        max_hops: int | None = 4,
        types: TypesArg = None,
    ) -> Path | None:
        ctx = graph_context(info)
        max_hops = ctx.limits.bounded(
            "maxHops", 4 if max_hops is None else max_hops, 1, ctx.limits.max_path_hops
        )
        await require_actor(ctx, from_id)
        await require_actor(ctx, to_id)
        hops = await off_loop(ctx.store.shortest_path, from_id, to_id, max_hops, types or None)
        return None if hops is None else Path(hops=[relation(r) for r in hops])

    @strawberry.field(description="The most central actors of the (filtered) relation graph.")
    async def centrality(
        self,
        info: Info[Any, Any],
        measure: CentralityMeasure | None = CentralityMeasure.PAGERANK,
        top: int | None = 20,
        types: TypesArg = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
    ) -> list[ActorScore]:
        ctx = graph_context(info)
        top = ctx.limits.bounded("top", 20 if top is None else top, 1, ctx.limits.max_top)
        measure = measure or CentralityMeasure.PAGERANK
        sub = await off_loop(ctx.store.subgraph, types or None, date_from, date_to)
        scores = await off_loop(ctx.analytics.centrality, sub, measure.value, top)
        actors = {a.id: a for a in sub.actors}
        return [
            ActorScore(actor=to_actor(actors[actor_id]), score=score)
            for actor_id, score in scores
            if actor_id in actors
        ]

    @strawberry.field(description="Communities of the (filtered) relation graph, largest first.")
    async def communities(
        self,
        info: Info[Any, Any],
        types: TypesArg = None,
        date_from: FromArg = None,
        date_to: ToArg = None,
        min_size: int | None = 2,
    ) -> list[Community]:
        ctx = graph_context(info)
        sub = await off_loop(ctx.store.subgraph, types or None, date_from, date_to)
        groups = await off_loop(ctx.analytics.communities, sub)
        actors = {a.id: a for a in sub.actors}
        kept = [[actors[i] for i in group if i in actors] for group in groups]
        kept = [group for group in kept if len(group) >= (2 if min_size is None else min_size)]
        return [
            Community(index=n, size=len(group), actors=[to_actor(a) for a in group])
            for n, group in enumerate(kept)
        ]

    @strawberry.field(description="Events sharing actors or place with one event, newest first.")
    async def related_events(
        self,
        info: Info[Any, Any],
        event_id: strawberry.ID,
        window_days: int | None = 30,
        first: int | None = 20,
    ) -> list[Event]:
        ctx = graph_context(info)
        window = 30 if window_days is None else window_days
        ctx.limits.bounded("windowDays", window, 0, ctx.limits.max_window_days)
        limit = ctx.limits.page_size(20 if first is None else first)
        if await ctx.loaders.events.load(event_id) is None:
            raise NotFoundError("event", event_id)
        found = await off_loop(ctx.store.related_events, event_id, window, limit)
        return [to_event(e) for e in found]

    @strawberry.field(description="An actor's events in date order.")
    async def timeline(
        self,
        info: Info[Any, Any],
        actor_id: strawberry.ID,
        date_from: FromArg = None,
        date_to: ToArg = None,
    ) -> list[Event]:
        ctx = graph_context(info)
        await require_actor(ctx, actor_id)
        found = await off_loop(ctx.store.timeline, actor_id, date_from, date_to)
        return [to_event(e) for e in found]
