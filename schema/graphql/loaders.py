"""Per-request DataLoaders: every look-up of actors, their relation counts, evidence, articles or
events made while resolving one query is batched into one store call per kind and tick (no N+1)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strawberry.dataloader import DataLoader

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from schema.models import Actor, Article, Event, Evidence
    from schema.store import Store


async def off_loop[T](call: Callable[..., T], *args: object) -> T:
    """Run a (synchronous, self-serialising) store call off the event loop."""
    return await asyncio.to_thread(call, *args)


@dataclass(frozen=True, slots=True)
class Loaders:
    actors: DataLoader[str, Actor | None]
    evidence: DataLoader[str, list[Evidence]]
    articles: DataLoader[str, Article | None]
    events: DataLoader[str, Event | None]
    relation_counts: DataLoader[str, int | None]

    @classmethod
    def for_store(cls, store: Store) -> Loaders:
        async def actors(ids: list[str]) -> Sequence[Actor | None]:
            return await off_loop(store.get_actors, ids)

        async def articles(ids: list[str]) -> Sequence[Article | None]:
            return await off_loop(store.get_articles, ids)

        async def events(ids: list[str]) -> Sequence[Event | None]:
            return await off_loop(store.get_events, ids)

        async def relation_counts(ids: list[str]) -> Sequence[int | None]:
            return await off_loop(store.actor_relation_counts, ids)

        async def evidence(ids: list[str]) -> Sequence[list[Evidence]]:
            found = await off_loop(store.evidence_for, ids)
            return [found.get(i, []) for i in ids]

        return cls(
            actors=DataLoader(load_fn=actors),
            evidence=DataLoader(load_fn=evidence),
            articles=DataLoader(load_fn=articles),
            events=DataLoader(load_fn=events),
            relation_counts=DataLoader(load_fn=relation_counts),
        )
