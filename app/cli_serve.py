"""Commands that serve the store: serve, export."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path  # needed at run time: strawberry/typer read annotations
from typing import Annotated

import typer

from graph.export import ExportFormat
from schema.ontology import RelationType


def _day(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date: use YYYY-MM-DD", param_hint=option
        ) from None


def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
) -> None:
    """Serve GraphQL (/graphql, with GraphiQL), /health, /metrics and /export over HTTP."""
    import uvicorn

    from app.api import create_app
    from app.settings import Settings

    uvicorn.run(create_app(Settings()), host=host, port=port)


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="file format")],
    out: Annotated[
        Path | None, typer.Option("--out", help="file to write (default: standard output)")
    ] = None,
    types: Annotated[
        list[RelationType] | None, typer.Option("--type", help="only this relation type (repeat)")
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="on or after YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="on or before YYYY-MM-DD")] = None,
) -> None:
    """Write the graph (or the part the filters select) as GraphML, GEXF, CSV or JSON lines."""
    from app.exporting import export_store
    from app.settings import Settings
    from app.wiring import open_store

    start, end = _day(date_from, "--from"), _day(date_to, "--to")
    store = open_store(Settings())
    try:
        body = export_store(
            store, fmt, types, start.date() if start else None, end.date() if end else None
        )
    finally:
        store.close()
    if out is None:
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
    else:
        out.write_bytes(body)
        typer.echo(f"wrote {len(body)} bytes of {fmt.value} to {out}", err=True)


def register(cli: typer.Typer) -> None:
    """Add this module's commands to the `diplograph` CLI."""
    cli.command()(serve)
    cli.command()(export)
