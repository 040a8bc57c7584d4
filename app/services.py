"""Adapters that give the GraphQL layer its services: network measures (graph.analytics) and
article ingestion (loaders' extractor + app.ingest), the extractor loaded lazily, once."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from schema.store import Subgraph


class NetworkAnalytics:
    """schema.graphql.Analytics over graph.analytics (networkx)."""

    def centrality(self, graph: Subgraph, measure: str, top: int) -> list[tuple[str, float]]:
        from graph import analytics

        return list(analytics.centrality(graph, measure, top))

    def communities(self, graph: Subgraph) -> list[list[str]]:
        from graph import analytics

        return [list(group) for group in analytics.communities(graph)]


class Lazy[T]:
    """Builds its value on first use, once, even when several threads ask at the same time."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._value: T | None = None

    @property
    def loaded(self) -> bool:
        return self._value is not None

    def get(self) -> T:
        if self._value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._factory()
        return self._value


def default_extractor() -> Any:
    from loaders.pipeline import Extractor

    return Extractor.load()
