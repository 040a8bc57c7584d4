"""Commands that serve the store: serve, export."""

from __future__ import annotations

import typer


def register(cli: typer.Typer) -> None:
    """Add this module's commands to the `diplograph` CLI."""
