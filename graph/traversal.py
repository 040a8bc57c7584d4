"""Neighbourhoods and shortest paths, searched level by level through the shared `expand` query.

Why not the engines' own shortestPath: FalkorDB allows it only in WITH/RETURN and cannot filter
relationship properties on it, and neither engine knows that a merged actor's relations are its
keeper's. Expanding one level per query keeps curation (rejections, merges, date windows)
applied on every hop, identically on both engines; depth is capped (3 for neighbourhoods,
MAX_HOPS for paths) so the number of queries stays small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schema.errors import InvalidInputError, NotFoundError
from schema.store import Subgraph

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from graph.cypher_store import CypherStore
    from schema.models import Relation

MAX_DEPTH = 3
MAX_HOPS = 6


def _canonical(store: CypherStore, actor_id: str) -> str:
    (actor,) = store.get_actors([actor_id])
    if actor is None:
        raise NotFoundError("actor", actor_id)
    return actor.id


def assemble(store: CypherStore, relations: Iterable[Relation], extra: Iterable[str]) -> Subgraph:
    """A subgraph of the given relations with every actor they (or `extra`) touch."""
    rels = sorted({r.id: r for r in relations}.values(), key=lambda r: r.id)
    ids = sorted({*extra, *(r.source_id for r in rels), *(r.target_id for r in rels)})
    actors = [a for a in store.get_actors(ids) if a is not None]
    return Subgraph(
        actors=sorted({a.id: a for a in actors}.values(), key=lambda a: a.id), relations=rels
    )


def neighbourhood(
    store: CypherStore,
    actor_id: str,
    depth: int,
    types: list[str],
    date_from: date | None,
    date_to: date | None,
) -> Subgraph:
    """Actors within `depth` hops of `actor_id` and the relations among them."""
    if not 0 <= depth <= MAX_DEPTH:
        raise InvalidInputError(f"depth={depth}", f"must be between 0 and {MAX_DEPTH}")
    root = _canonical(store, actor_id)
    seen, frontier = {root}, [root]
    found: dict[str, Relation] = {}
    for _ in range(depth):
        new: set[str] = set()
        for r in store.expand(frontier, types, date_from, date_to):
            found[r.id] = r
            new.update(end for end in (r.source_id, r.target_id) if end not in seen)
        seen |= new
        frontier = sorted(new)
        if not frontier:
            break
    if depth and frontier:  # relations among the outermost actors belong to the picture too
        for r in store.expand(frontier, types, date_from, date_to):
            if r.source_id in seen and r.target_id in seen:
                found[r.id] = r
    return assemble(store, found.values(), [root])


def shortest_path(
    store: CypherStore, from_id: str, to_id: str, max_hops: int, types: list[str]
) -> list[Relation] | None:
    """The relations of one shortest path, hop by hop from `from_id`; None if none in reach."""
    if not 1 <= max_hops <= MAX_HOPS:
        raise InvalidInputError(f"max_hops={max_hops}", f"must be between 1 and {MAX_HOPS}")
    start, goal = _canonical(store, from_id), _canonical(store, to_id)
    if start == goal:
        return []
    parent: dict[str, tuple[str, Relation]] = {}
    seen, frontier = {start}, [start]
    for _ in range(max_hops):
        level = set(frontier)
        new: list[str] = []
        for r in sorted(store.expand(frontier, types, None, None), key=lambda r: r.id):
            for here, there in ((r.source_id, r.target_id), (r.target_id, r.source_id)):
                if here in level and there not in seen:
                    seen.add(there)
                    parent[there] = (here, r)
                    new.append(there)
        if goal in parent:
            path: list[Relation] = []
            node = goal
            while node != start:
                node, rel = parent[node]
                path.append(rel)
            return path[::-1]
        if not new:
            return None
        frontier = sorted(new)
    return None
