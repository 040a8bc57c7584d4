"""What lives as long as the app, and the FastAPI dependencies that hand it to routes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, cast

from fastapi import Depends
from fastapi.requests import HTTPConnection  # FastAPI reads it at run time

from app.auth import is_authorized
from app.ingest_service import ArticleIngest
from app.metrics import Metrics
from app.pubsub import EventBroker
from app.services import Lazy, NetworkAnalytics
from app.wiring import open_store
from schema.graphql import GraphContext, Limits
from schema.store import Store  # the dependency alias below is read at run time

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.settings import Settings


class Runtime:
    """The store (once started), the event broker, the lazily loaded extractor, the metrics."""

    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        extractor_factory: Callable[[], Any],
        limits: Limits,
    ) -> None:
        self.settings = settings
        self.limits = limits
        self._store = store
        self.owns_store = store is None
        self.broker = EventBroker()
        self.analytics = NetworkAnalytics()
        self.extractor = Lazy(extractor_factory)
        self.metrics = Metrics(lambda: self.store)

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the store is opened when the app starts; start it first")
        return self._store

    def open(self) -> None:
        if self._store is None:
            self._store = open_store(self.settings)

    def close(self) -> None:
        """Closes the store if the app opened it; a store handed in stays the caller's."""
        if self.owns_store and self._store is not None:
            self._store.close()
            self._store = None

    def graph_context(self, authorization: str | None) -> GraphContext:
        """A fresh per-request context (fresh DataLoaders) for the GraphQL layer."""
        return GraphContext.create(
            self.store,
            analytics=self.analytics,
            feed=self.broker,
            ingestor=ArticleIngest(self.store, self.extractor),
            authorized=is_authorized(authorization, self.settings.diplograph_api_keys),
            limits=self.limits,
        )


def get_runtime(connection: HTTPConnection) -> Runtime:
    return cast("Runtime", connection.app.state.runtime)


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_store(runtime: RuntimeDep) -> Store:
    return runtime.store


StoreDep = Annotated[Store, Depends(get_store)]
