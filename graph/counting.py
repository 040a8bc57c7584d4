"""Relation counts folded from per-(group, type) rows into groups with their Goldstein mean.

The database counts relations per group and type; the weights live in the ontology, not in the
data, so the mean is taken here, the same way on both engines.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from schema.ontology import QuadClass
from schema.store import Count, CountBy

if TYPE_CHECKING:
    from collections.abc import Iterable

    from schema.ontology import RelationType

_QUAD_ORDER = {q.value: i for i, q in enumerate(QuadClass)}


def fold_counts(rows: Iterable[tuple[str | None, RelationType, int]], by: CountBy) -> list[Count]:
    """Groups from (key, type, how many) rows, where the key is what the database grouped by
    (types, when counting by quad class: they are folded into their class here). Quad classes
    are listed cooperation first (GDELT's order), counterparts most frequent first (whom an
    actor deals with most), other keys in order with the undated last."""
    quad_classes = by == CountBy.QUAD_CLASS
    totals: dict[str | None, int] = defaultdict(int)
    weights: dict[str | None, float] = defaultdict(float)
    for key, type_, n in rows:
        group = type_.spec.quad_class.value if quad_classes else key
        totals[group] += n
        weights[group] += n * type_.spec.goldstein
    counts = [
        Count(key=k, count=n, average_goldstein=round(weights[k] / n, 2))
        for k, n in totals.items()
        if n
    ]
    if quad_classes:
        return sorted(counts, key=lambda c: _QUAD_ORDER[c.key or ""])
    if by == CountBy.COUNTERPART:
        return sorted(counts, key=lambda c: (-c.count, c.key or ""))
    return sorted(counts, key=lambda c: (c.key is None, c.key or ""))
