# mypy: disallow-untyped-decorators=False
# (strawberry.field(...) with arguments is typed as returning Any; bare fields stay checked)
"""Mutations: ingesting an article and curating the graph. Each needs an API key.

Curation calls the store's judgement methods: merges and verdicts are kept beside the extracted
data, applied on every read and re-ingest, and each has an undo.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

import strawberry
from strawberry.permission import BasePermission
from strawberry.types import Info  # needed at run time: strawberry/typer read annotations

from schema.errors import DiplographError, InvalidInputError, NotFoundError
from schema.graphql.context import graph_context
from schema.graphql.loaders import off_loop
from schema.graphql.types import (
    Actor,
    Article,
    Event,
    Relation,
    to_actor,
    to_article,
    to_event,
    to_relation,
)

if TYPE_CHECKING:
    from schema.graphql.context import GraphContext


class HasApiKey(BasePermission):
    """Refuses the field before its resolver runs, so a refused mutation changes nothing."""

    message = (
        "this mutation needs an API key: send the header 'Authorization: Bearer <key>' "
        "with one of the keys in DIPLOGRAPH_API_KEYS"
    )
    error_extensions = {"code": "UNAUTHORIZED"}  # noqa: RUF012 - strawberry reads it off the class

    def has_permission(self, source: Any, info: Info[Any, Any], **kwargs: Any) -> bool:
        return graph_context(info).authorized


@strawberry.input(description="One article: give its `text`, or a `url` to fetch it from.")
class IngestArticleInput:
    text: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None


@strawberry.type(description="What reading one article added to (or confirmed in) the graph.")
class IngestResult:
    article: Article
    actors: list[Actor]
    events: list[Event]
    relations: list[Relation]


GUARDED: list[type[BasePermission]] = [HasApiKey]


async def existing_relation(ctx: GraphContext, relation_id: str) -> Relation:
    found = await off_loop(ctx.store.get_relations, [relation_id])
    if not found or found[0] is None:
        raise NotFoundError("relation", relation_id)
    return to_relation(found[0])


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=GUARDED, description="Read and store one article.")
    async def ingest_article(self, info: Info[Any, Any], input: IngestArticleInput) -> IngestResult:
        ctx = graph_context(info)
        text = (input.text or "").strip() or None
        url = (input.url or "").strip() or None
        if (text is None) == (url is None):
            raise InvalidInputError("input", "give exactly one of `text` or `url`")
        if ctx.ingestor is None:
            raise DiplographError("ingesting is not available on this server (no extractor)")
        read = partial(
            ctx.ingestor, text=text, url=url, title=input.title, published=input.published
        )
        stored = await off_loop(read)
        ctx.feed.publish(stored.events)
        return IngestResult(
            article=to_article(stored.article),
            actors=[to_actor(a) for a in stored.actors],
            events=[to_event(e) for e in stored.events],
            relations=[to_relation(r) for r in stored.relations],
        )

    @strawberry.mutation(
        permission_classes=GUARDED, description="Merge `dropId` into `keepId` (undo: unmergeActor)."
    )
    async def merge_actors(
        self, info: Info[Any, Any], keep_id: strawberry.ID, drop_id: strawberry.ID
    ) -> Actor:
        if keep_id == drop_id:
            raise InvalidInputError("dropId", "must differ from keepId")
        kept = await off_loop(graph_context(info).store.merge_actors, keep_id, drop_id)
        return to_actor(kept)

    @strawberry.mutation(
        permission_classes=GUARDED, description="Undo a merge: `dropId` is its own actor again."
    )
    async def unmerge_actor(self, info: Info[Any, Any], drop_id: strawberry.ID) -> Actor:
        ctx = graph_context(info)
        await off_loop(ctx.store.unmerge_actor, drop_id)
        found = await off_loop(ctx.store.get_actors, [drop_id])
        if not found or found[0] is None:
            raise NotFoundError("actor", drop_id)
        return to_actor(found[0])

    @strawberry.mutation(
        permission_classes=GUARDED,
        description="Reject a relation as wrong: hidden from every read (undo: clearJudgement).",
    )
    async def reject_relation(
        self, info: Info[Any, Any], id: strawberry.ID, reason: str
    ) -> strawberry.ID:
        if not reason.strip():
            raise InvalidInputError("reason", "say why the relation is wrong")
        ctx = graph_context(info)
        await existing_relation(ctx, id)
        await off_loop(ctx.store.reject_relation, id, reason.strip())
        return id

    @strawberry.mutation(
        permission_classes=GUARDED, description="Confirm a relation (undo: clearJudgement)."
    )
    async def confirm_relation(self, info: Info[Any, Any], id: strawberry.ID) -> Relation:
        ctx = graph_context(info)
        await existing_relation(ctx, id)
        await off_loop(ctx.store.confirm_relation, id)
        return await existing_relation(ctx, id)

    @strawberry.mutation(
        permission_classes=GUARDED,
        description="Undo a rejection or confirmation; the relation is as extracted again.",
    )
    async def clear_judgement(self, info: Info[Any, Any], id: strawberry.ID) -> Relation | None:
        ctx = graph_context(info)
        await off_loop(ctx.store.clear_judgement, id)
        found = await off_loop(ctx.store.get_relations, [id])
        return to_relation(found[0]) if found and found[0] else None
