"""Commands that read articles and fill the store: extract, ingest, stats, eval."""

from __future__ import annotations

import typer


def register(cli: typer.Typer) -> None:
    """Add this module's commands to the `diplograph` CLI."""
