"""The `diplograph` command. Each group of commands lives in its own module and registers here."""

from __future__ import annotations

import typer

from app import cli_extract, cli_ingest, cli_serve

cli = typer.Typer(
    name="diplograph",
    help="A knowledge graph of diplomatic actors and events, built from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
cli_extract.register(cli)
cli_ingest.register(cli)
cli_serve.register(cli)


def main() -> None:
    cli()
