"""Prometheus metrics: HTTP request counts and latency, and what the store holds.

A registry per app (not the global one), so several apps in one process (tests) never clash.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Iterator

    from fastapi import Request, Response
    from prometheus_client.core import Metric

    from schema.store import Store


class StoreCollector(Collector):
    """Counts read from the store at scrape time (nothing cached, nothing stale)."""

    def __init__(self, store: Callable[[], Store]) -> None:
        self._store = store

    def collect(self) -> Iterator[Metric]:
        counts = self._store().counts()
        family = GaugeMetricFamily(
            "diplograph_store_objects", "Objects held by the store, by kind", labels=["kind"]
        )
        for kind in ("articles", "actors", "events", "relations", "sources"):
            family.add_metric([kind], getattr(counts, kind))
        yield family


class Metrics:
    def __init__(self, store: Callable[[], Store]) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "diplograph_http_requests",
            "HTTP requests served",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "diplograph_http_request_duration_seconds",
            "Time to answer an HTTP request",
            ["method", "route"],
            registry=self.registry,
        )
        self.registry.register(StoreCollector(store))

    def render(self) -> bytes:
        return generate_latest(self.registry)

    async def middleware(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            self.observe(request, status, time.perf_counter() - started)

    def observe(self, request: Request, status: int, seconds: float) -> None:
        route = request.scope.get("route")
        # the route template (`/export/{fmt}`), not the raw path, keeps label values bounded;
        # routes included from a router with a prefix report an empty template: use the path
        template = getattr(route, "path", None)
        if route is None:
            name = "unmatched"
        elif template and template.startswith("/"):
            name = template
        else:
            name = request.url.path
        self.requests.labels(request.method, name, str(status)).inc()
        self.latency.labels(request.method, name).observe(seconds)
