"""Checks a batch before anything is written, so bad input fails whole and early.

The write statement is atomic, but an error found here names the article and the item at fault,
which an engine's constraint violation would not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schema.errors import InvalidInputError
from schema.models import Extraction

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence


def referenced_actor_ids(batch: Sequence[Extraction]) -> set[str]:
    """Actor ids the batch points at without defining them itself."""
    defined = {a.id for x in batch for a in x.actors}
    wanted: set[str] = set()
    for x in batch:
        for r in x.relations:
            wanted.update((r.source_id, r.target_id))
        for e in x.events:
            wanted.update(e.participant_ids)
        for a in x.actors:
            wanted.update(role.organization_id for role in a.roles if role.organization_id)
    return wanted - defined


def validate(batch: Sequence[Extraction], stored: Callable[[Iterable[str]], set[str]]) -> None:
    """Raise InvalidInputError naming the first problem; `stored` tells which ids exist."""
    seen: dict[str, str] = {}
    for i, x in enumerate(batch):
        if not isinstance(x, Extraction):
            problem = f"is a {type(x).__name__}, not an Extraction"
            raise InvalidInputError(f"batch item {i}", problem)
        if not x.article.id.strip():
            raise InvalidInputError(f"batch item {i}", "its article has an empty id")
        if x.article.id in seen:
            raise InvalidInputError(f"article {x.article.id!r}", "appears twice in one batch")
        seen[x.article.id] = x.article.id
    kinds: dict[str, str] = {}
    for x in batch:
        for a in x.actors:
            if not a.id.strip() or not a.name.strip():
                raise InvalidInputError(f"article {x.article.id!r}", "an actor has no id or name")
            if kinds.setdefault(a.id, a.kind) != a.kind:
                raise InvalidInputError(f"actor {a.id!r}", f"is both {kinds[a.id]} and {a.kind}")
    missing = referenced_actor_ids(batch)
    unknown = missing - stored(missing) if missing else set()
    for x in batch:
        _check_one(x, unknown)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _check_one(x: Extraction, unknown: set[str]) -> None:
    where = f"article {x.article.id!r}"
    if any("\x00" in text for text in _strings(x.model_dump())):
        raise InvalidInputError(
            where, "contains a NUL character (\\x00), which FalkorDB cannot store", "remove it"
        )
    for e in x.events:
        if not e.id.strip():
            raise InvalidInputError(where, "an event has an empty id")
        bad = sorted(set(e.participant_ids) & unknown)
        if bad:
            raise InvalidInputError(
                f"{where}, event {e.id!r}",
                f"names unknown actors {bad}",
                "include them in the extraction's actors",
            )
    for a in x.actors:
        for role in a.roles:
            if role.organization_id in unknown:
                raise InvalidInputError(
                    f"{where}, actor {a.id!r}",
                    f"holds a role at unknown actor {role.organization_id!r}",
                )
    for r in x.relations:
        rel = f"{where}, relation {r.id!r}"
        if not r.id.strip():
            raise InvalidInputError(where, "a relation has an empty id")
        if r.source_id == r.target_id:
            raise InvalidInputError(rel, f"links {r.source_id!r} to itself")
        bad = sorted({r.source_id, r.target_id} & unknown)
        if bad:
            raise InvalidInputError(
                rel, f"names unknown actors {bad}", "include them in the extraction's actors"
            )
        for ev in r.evidence:
            if ev.article_id != x.article.id:
                raise InvalidInputError(
                    rel, f"cites article {ev.article_id!r}, not the article it was read from"
                )
            if ev.end < ev.start or (x.article.text and ev.end > len(x.article.text)):
                raise InvalidInputError(
                    rel, f"evidence offsets {ev.start}..{ev.end} fall outside the article text"
                )
