"""The FastAPI app: GraphQL (+ GraphiQL, GET/POST, graphql-transport-ws), /health, /metrics,
/export and the web explorer. `create_app` is the one place the store, the services and the
schema meet.

The store is opened when the app starts (not on import, not on construction) and closed when it
stops; a store handed in by the caller stays the caller's to close.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.requests import HTTPConnection  # FastAPI reads the annotation at run time
from strawberry.fastapi import GraphQLRouter
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from app import routes
from app.runtime import Runtime, RuntimeDep
from app.services import default_extractor
from app.web.router import web_router
from schema.graphql import CONTEXT_KEY, Limits, build_schema

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable

    from app.settings import Settings
    from schema.store import Store

GRAPHQL_PATH = "/graphql"


async def graphql_context(runtime: RuntimeDep, connection: HTTPConnection) -> dict[str, Any]:
    """strawberry's context (a FastAPI dependency): our GraphContext under CONTEXT_KEY."""
    return {CONTEXT_KEY: runtime.graph_context(connection.headers.get("authorization"))}


def create_app(
    settings: Settings,
    store: Store | None = None,
    extractor_factory: Callable[[], Any] | None = None,
    limits: Limits | None = None,
) -> FastAPI:
    """The service over `store` (default: the one the settings name, opened at start-up).

    `extractor_factory` builds the extractor `ingestArticle` uses, on its first call only
    (default: loaders.pipeline.Extractor.load)."""
    limits = limits or Limits()
    runtime = Runtime(settings, store, extractor_factory or default_extractor, limits)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(runtime.open)
        try:
            yield
        finally:
            await asyncio.to_thread(runtime.close)

    app = FastAPI(title="diplograph", lifespan=lifespan)
    app.state.runtime = runtime
    app.middleware("http")(runtime.metrics.middleware)
    graphql: GraphQLRouter[Any, Any] = GraphQLRouter(
        build_schema(limits),
        context_getter=graphql_context,
        graphql_ide="graphiql",
        allow_queries_via_get=True,
        subscription_protocols=[GRAPHQL_TRANSPORT_WS_PROTOCOL],
    )
    app.include_router(graphql, prefix=GRAPHQL_PATH)
    app.include_router(routes.router)
    app.include_router(web_router(GRAPHQL_PATH))
    return app
