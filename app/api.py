"""The FastAPI app: GraphQL (+ GraphiQL, GET/POST, graphql-transport-ws), /health, /metrics,
/export. `create_app` is the one place the store, the services and the schema meet.

The store is opened when the app starts (not on import, not on construction) and closed when it
stops; a store handed in by the caller stays the caller's to close.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.requests import HTTPConnection
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST
from strawberry.fastapi import GraphQLRouter
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from app.auth import is_authorized
from app.exporting import export_store
from app.ingest_service import ArticleIngest
from app.metrics import Metrics
from app.pubsub import EventBroker
from app.services import Lazy, NetworkAnalytics, default_extractor
from app.web.router import web_router
from app.wiring import open_store
from graph.export import ExportFormat
from schema.graphql import CONTEXT_KEY, GraphContext, Limits, build_schema
from schema.ontology import RelationType

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

    from app.settings import Settings
    from schema.graphql import ArticleIngestor
    from schema.store import Store


class Runtime:
    """What lives as long as the app: the store (once started), the broker, the extractor."""

    def __init__(
        self, settings: Settings, store: Store | None, extractor_factory: Callable[[], Any]
    ) -> None:
        self.settings = settings
        self._store = store
        self.owns_store = store is None
        self.broker = EventBroker()
        self.analytics = NetworkAnalytics()
        self.extractor = Lazy(extractor_factory)

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the store is opened when the app starts; start it first")
        return self._store

    def open(self) -> None:
        if self._store is None:
            self._store = open_store(self.settings)

    def close(self) -> None:
        if self.owns_store and self._store is not None:
            self._store.close()
            self._store = None

    def ingestor(self) -> ArticleIngestor:
        return ArticleIngest(self.store, self.extractor)


def create_app(
    settings: Settings,
    store: Store | None = None,
    extractor_factory: Callable[[], Any] | None = None,
    limits: Limits | None = None,
) -> FastAPI:
    runtime = Runtime(settings, store, extractor_factory or default_extractor)
    limits = limits or Limits()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(runtime.open)
        try:
            yield
        finally:
            await asyncio.to_thread(runtime.close)

    app = FastAPI(title="diplograph", lifespan=lifespan)
    app.state.runtime = runtime
    metrics = Metrics(lambda: runtime.store)
    app.middleware("http")(metrics.middleware)

    async def get_context(connection: HTTPConnection) -> dict[str, Any]:
        header = connection.headers.get("authorization")
        context = GraphContext.create(
            runtime.store,
            analytics=runtime.analytics,
            feed=runtime.broker,
            ingestor=runtime.ingestor(),
            authorized=is_authorized(header, settings.diplograph_api_keys),
            limits=limits,
        )
        return {CONTEXT_KEY: context}

    graphql: GraphQLRouter[Any, Any] = GraphQLRouter(
        build_schema(limits),
        context_getter=get_context,
        graphql_ide="graphiql",
        allow_queries_via_get=True,
        subscription_protocols=[GRAPHQL_TRANSPORT_WS_PROTOCOL],
    )
    app.include_router(graphql, prefix="/graphql")
    app.include_router(web_router("/graphql"))

    @app.get("/health")
    async def health() -> JSONResponse:
        try:
            ok = await asyncio.to_thread(runtime.store.ping)
        except Exception as exc:  # any failure to reach the store means unhealthy
            return JSONResponse({"status": "unavailable", "detail": str(exc)}, status_code=503)
        if not ok:
            return JSONResponse({"status": "unavailable", "detail": "store ping failed"}, 503)
        return JSONResponse({"status": "ok"})

    @app.get("/metrics")
    async def prometheus() -> Response:
        body = await asyncio.to_thread(metrics.render)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    @app.get("/export/{fmt}")
    async def export(
        fmt: ExportFormat,
        types: Annotated[list[RelationType] | None, Query()] = None,
        date_from: Annotated[date | None, Query(alias="from")] = None,
        date_to: Annotated[date | None, Query(alias="to")] = None,
    ) -> Response:
        if date_from and date_to and date_from > date_to:
            raise HTTPException(422, f"from ({date_from}) is after to ({date_to})")
        body = await asyncio.to_thread(export_store, runtime.store, fmt, types, date_from, date_to)
        filename = f"diplograph.{fmt.value}"
        return Response(
            body,
            media_type=fmt.media_type,
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    return app
