"""Gathers what an export needs from the store (shared by `diplograph export` and `/export`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.export import ExportData, ExportFormat, export

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from schema.ontology import RelationType
    from schema.store import Store


def gather(
    store: Store,
    types: Sequence[RelationType] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> ExportData:
    """The filtered subgraph, its evidence and the articles it cites: three store calls."""
    sub = store.subgraph(types or None, date_from, date_to)
    evidence = store.evidence_for([r.id for r in sub.relations]) if sub.relations else {}
    article_ids = sorted({e.article_id for found in evidence.values() for e in found})
    articles = store.get_articles(article_ids) if article_ids else []
    return ExportData(
        subgraph=sub,
        evidence=evidence,
        articles={a.id: a for a in articles if a is not None},
    )


def export_store(
    store: Store,
    fmt: ExportFormat,
    types: Sequence[RelationType] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> bytes:
    return export(gather(store, types, date_from, date_to), fmt)
