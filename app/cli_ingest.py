"""`diplograph ingest` and `diplograph stats`: fill the store from files, folders, URLs, feeds.

Nothing is opened at import time: each command builds its settings and store, and closes the
store when it ends. Progress goes to stderr, the summary to stdout.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from app.ingest import IngestReport
    from schema.models import Article
    from schema.store import Store, StoreCounts

_COUNTS = ("articles", "actors", "events", "relations", "sources")


def _open_store() -> Store:
    """The configured store; a settings mistake ends the command with its message, not a trace."""
    from pydantic import ValidationError

    from app.settings import Settings
    from app.wiring import open_store
    from schema.errors import DiplographError

    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(str(e["msg"]) for e in exc.errors())
        Console(stderr=True).print(f"[red]Settings: {escape(problems)}[/red]")
        raise typer.Exit(code=2) from exc
    try:
        return open_store(settings)
    except DiplographError as exc:
        Console(stderr=True).print(f"[red]Cannot open the store: {escape(str(exc))}[/red]")
        raise typer.Exit(code=2) from exc


def _counts_json(counts: StoreCounts) -> str:
    return json.dumps({name: getattr(counts, name) for name in _COUNTS})


def _summary(report: IngestReport) -> Table:
    table = Table(title="Ingest summary")
    table.add_column("")
    table.add_column("written", justify="right")
    table.add_column("new in store", justify="right")
    table.add_column("in store", justify="right")
    after = report.after
    for name in _COUNTS:
        written = "" if name == "sources" else str(getattr(report, name))
        total = str(getattr(after, name)) if after else "?"
        table.add_row(name, written, str(report.added(name)), total)
    table.caption = (
        f"{report.read} read, {len(report.skipped)} skipped; reports joined to known facts: "
        f"{report.merged_relations} relations, {report.merged_events} events"
    )
    return table


def _skipped(report: IngestReport) -> Table:
    table = Table(title=f"Skipped ({len(report.skipped)})", show_lines=False)
    table.add_column("input")
    table.add_column("reason")
    for skip in report.skipped:
        table.add_row(Text(skip.source), Text(skip.reason))  # names are text, never markup
    return table


_Paths = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH...",
        help="Files (.txt .md .html .json .jsonl .rss .atom .xml), folders, globs, URLs, feeds.",
    ),
]
_BatchSize = Annotated[int, typer.Option(min=1, help="Articles per extraction batch and write.")]
_Timeout = Annotated[float, typer.Option(min=0.1, help="Seconds allowed per download.")]
_MaxBytes = Annotated[int, typer.Option(min=1, help="Largest download accepted, in bytes.")]
_MergeWindow = Annotated[
    int,
    typer.Option(
        min=0,
        help="Reports of the same fact dated this many days apart or less become one fact.",
    ),
]


def ingest_command(
    paths: _Paths,
    batch_size: _BatchSize = 16,
    timeout: _Timeout = 15.0,
    max_bytes: _MaxBytes = 5_000_000,
    merge_window_days: _MergeWindow = 3,
) -> None:
    """Read articles, extract actors, events and relations, and store them. Idempotent."""
    from app.ingest import Progress as IngestProgress
    from app.ingest import ingest
    from loaders.errors import SourceError
    from loaders.sources import Limits, load
    from schema.errors import DiplographError

    out, err = Console(), Console(stderr=True)
    limits = Limits(timeout=timeout, max_bytes=max_bytes)
    items: list[Article | SourceError] = []
    articles = 0
    with err.status("Reading inputs...") as status:
        for item in load(paths, limits):
            items.append(item)
            articles += not isinstance(item, SourceError)
            status.update(f"Reading inputs... {articles} articles, {len(items) - articles} skipped")
    if articles == 0:
        from app.ingest import IngestReport, Skip

        report = IngestReport(
            skipped=[Skip(i.source, i.reason) for i in items if isinstance(i, SourceError)]
        )
        out.print(_skipped(report))
        err.print("[red]Nothing could be read: no article stored.[/red]")
        raise typer.Exit(code=1)

    from loaders.pipeline import Extractor
    from loaders.resolution import Resolver

    store = _open_store()
    try:
        with err.status("Loading the language model..."):
            try:
                extractor = Extractor.load()
            except (OSError, ImportError, DiplographError) as exc:
                err.print(f"[red]Could not load the language model: {escape(str(exc))}[/red]")
                raise typer.Exit(code=2) from exc
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("Extracting", total=articles)

            def advance(step: IngestProgress) -> None:
                label = escape(step.current[:40])
                bar.update(task, completed=step.done, description=f"Extracting {label}")

            report = ingest(
                items,
                store,
                extractor,
                Resolver,
                batch_size=batch_size,
                progress=advance,
                total=articles,
                merge_window_days=merge_window_days,
            )
    finally:
        store.close()
    out.print(_summary(report))
    if report.skipped:
        out.print(_skipped(report))
    if report.articles == 0:
        err.print("[red]No article could be stored.[/red]")
        raise typer.Exit(code=1)


def stats_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """How many articles, actors, events, relations and sources the store holds."""
    store = _open_store()
    try:
        counts = store.counts()
    finally:
        store.close()
    if as_json:
        typer.echo(_counts_json(counts))
        return
    table = Table(title="Store")
    table.add_column("")
    table.add_column("count", justify="right")
    for name in _COUNTS:
        table.add_row(name, str(getattr(counts, name)))
    Console().print(table)


def register(cli: typer.Typer) -> None:
    """Add `ingest` and `stats` to the `diplograph` CLI."""
    cli.command("ingest")(ingest_command)
    cli.command("stats")(stats_command)
