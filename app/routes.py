"""The service's plain HTTP routes: /health, /metrics and /export/{format}."""

from __future__ import annotations

import asyncio
from datetime import date  # FastAPI reads parameter annotations at run time
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST

from app.exporting import export_store
from app.runtime import RuntimeDep, StoreDep
from graph.export import ExportFormat
from schema.ontology import RelationType

router = APIRouter()


@router.get("/health")
async def health(store: StoreDep) -> JSONResponse:
    """200 when the store answers a ping, 503 (with the reason) when it does not."""
    try:
        ok = await asyncio.to_thread(store.ping)
    except Exception as exc:  # any failure to reach the store means unhealthy
        return JSONResponse({"status": "unavailable", "detail": str(exc)}, status_code=503)
    if not ok:
        return JSONResponse({"status": "unavailable", "detail": "store ping failed"}, 503)
    return JSONResponse({"status": "ok"})


@router.get("/metrics")
async def metrics(runtime: RuntimeDep) -> Response:
    body = await asyncio.to_thread(runtime.metrics.render)
    return Response(body, media_type=CONTENT_TYPE_LATEST)


@router.get("/export/{fmt}")
async def export(
    store: StoreDep,
    fmt: ExportFormat,
    types: Annotated[list[RelationType] | None, Query()] = None,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
) -> Response:
    """The (filtered) graph as GraphML, GEXF, an event-table CSV or JSON lines."""
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, f"from ({date_from}) is after to ({date_to})")
    body = await asyncio.to_thread(export_store, store, fmt, types, date_from, date_to)
    return Response(
        body,
        media_type=fmt.media_type,
        headers={"Content-Disposition": f'attachment; filename="diplograph.{fmt.value}"'},
    )
