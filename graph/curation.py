"""Curation: judgements kept beside extracted data, applied on every read and re-ingest.

Modelled on nomenklatura's resolver (the record linkage behind OpenSanctions): extracted records
keep their own ids; a judgement is an edge between two ids (there a row with POSITIVE, NEGATIVE
or UNSURE, the user and a soft-delete time) and an entity's canonical id is computed from the
positive judgements of its cluster, so undoing a merge only removes the judgement. Here the one
kind of actor judgement is a positive merge, stored as the dropped actor's `merged_into`; the
computed canonical id is its `canon` property, followed through chains (merging into an actor
that was itself merged lands on the survivor) and recomputed after every merge or unmerge. The
write statement never touches either, so an article re-ingested later still lands on the keeper.
Relation judgements (`curation` = REJECTED or CONFIRMED, with a reason) sit on the relation and
are likewise never written by ingest. Unlike nomenklatura, no history (who, when) and no
"never merge these" judgement are kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.queries import ALL_TYPES
from schema.errors import InvalidInputError, NotFoundError

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore
    from schema.models import Actor


def _roots(into: dict[str, str | None]) -> dict[str, str]:
    """Each id's canonical id, following merge judgements to the end of the chain."""
    roots: dict[str, str] = {}
    for start in into:
        node, trail = start, {start}
        while (nxt := into.get(node)) is not None and nxt not in trail:
            node = nxt
            trail.add(node)
        roots[start] = node
    return roots


def _apply(store: CypherStore, change: tuple[str, str | None]) -> None:
    q = store.queries
    into: dict[str, str | None] = {r["id"]: r["into"] for r in store.run_read(q.merge_judgements)}
    into[change[0]] = change[1]
    roots = _roots(into)
    rows = [{"id": i, "into": into[i], "canon": roots[i]} for i in sorted(into)]
    store.run_write(q.apply_merges, rows=rows)


def merge_actors(store: CypherStore, keep_id: str, drop_id: str) -> Actor:
    if keep_id == drop_id:
        raise InvalidInputError(f"merge of {keep_id!r}", "cannot merge an actor into itself")
    kinds = {
        r["id"]: r["kind"]
        for r in store.run_read(store.queries.existing_actors, ids=[keep_id, drop_id])
    }
    for ident in (keep_id, drop_id):
        if ident not in kinds:
            raise NotFoundError("actor", ident)
    if kinds[keep_id] != kinds[drop_id]:
        raise InvalidInputError(
            f"merge of {drop_id!r} into {keep_id!r}",
            f"a {kinds[drop_id]} cannot become a {kinds[keep_id]}",
        )
    (keeper,) = store.get_actors([keep_id])
    assert keeper is not None  # it exists, checked above
    if keeper.id == drop_id:
        raise InvalidInputError(
            f"merge of {drop_id!r} into {keep_id!r}",
            f"{keep_id!r} is already merged into {drop_id!r}",
            f"unmerge {keep_id!r} first",
        )
    _apply(store, (drop_id, keep_id))
    (merged,) = store.get_actors([keep_id])
    assert merged is not None
    return merged


def unmerge_actor(store: CypherStore, drop_id: str) -> None:
    rows = store.run_read(store.queries.existing_actors, ids=[drop_id])
    if not rows:
        raise NotFoundError("actor", drop_id)
    judgements = {r["id"]: r["into"] for r in store.run_read(store.queries.merge_judgements)}
    if judgements.get(drop_id) is None:
        raise InvalidInputError(f"actor {drop_id!r}", "is not merged into another actor")
    _apply(store, (drop_id, None))


def judge_relation(
    store: CypherStore, relation_id: str, verdict: str | None, reason: str | None
) -> None:
    if verdict == "REJECTED" and not (reason and reason.strip()):
        raise InvalidInputError(f"rejection of {relation_id!r}", "needs a reason")
    done = store.run_write(
        store.queries.set_curation,
        id=relation_id,
        types=ALL_TYPES,
        curation=verdict,
        reason=reason,
    )
    if not done:
        raise NotFoundError("relation", relation_id)
