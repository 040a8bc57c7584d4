"""`diplograph extract FILE` and `diplograph eval [FOLDER]`: one article read, gold cases scored.

extract prints the JSON of DESIGN.md ("Interfaces") with --json, else a readable summary. eval
runs the extractor in-process on each gold case (the raw page when the case has one, else the
article fields, as gold/score.py does) and prints the same figures score.py prints.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from loaders.evaluation import Totals, case_input, score_case
from schema.errors import DiplographError
from schema.ontology import DatePrecision, ParticipantRole

if TYPE_CHECKING:
    from datetime import date

    from loaders.pipeline import Extractor
    from schema.models import Extraction

_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """The extract JSON of DESIGN.md, field for field."""
    art = extraction.article
    return {
        "article": {
            "id": art.id,
            "title": art.title,
            "published": art.published.isoformat() if art.published else None,
            "url": art.url,
        },
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind.value, "country": a.country,
             "aliases": list(a.aliases), "title": a.title}
            for a in extraction.actors
        ],
        "events": [
            {"id": e.id, "type": e.type.value, "date": e.date.isoformat() if e.date else None,
             "status": e.status.value, "participants": list(e.participant_ids), "place": e.place}
            for e in extraction.events
        ],
        "relations": [
            {"source": r.source_id, "type": r.type.value, "target": r.target_id,
             "status": r.status.value, "date": r.date.isoformat() if r.date else None,
             "confidence": r.confidence,
             "evidence": ({"sentence": r.evidence[0].sentence, "start": r.evidence[0].start,
                           "end": r.evidence[0].end} if r.evidence else None)}
            for r in extraction.relations
        ],
    }  # fmt: skip


def _read(path: str) -> Any:
    from loaders.sources import load_one

    return load_one(path)


def _extract_file(extractor: Extractor, path: str) -> dict[str, Any]:
    return extraction_json(extractor.extract(_read(path)))


def _when(day: date | None, precision: DatePrecision | None) -> str:
    """A date as much as the text gave it: "2018" for a year, "2018-03" for a month."""
    if day is None:
        return ""
    text = day.isoformat()
    if precision is DatePrecision.YEAR:
        return text[:4]
    if precision is DatePrecision.MONTH:
        return text[:7]
    return text


def _participant(name: str, role: ParticipantRole | None) -> str:
    return f"{name} ({role.value.lower()})" if role else name


def _render(console: Console, extraction: Extraction) -> None:
    """The readable view: the JSON's facts, plus participants' roles and dates' precision."""
    art = extraction.article
    console.print(f"[bold]{art.title or art.id}[/bold]  {art.published or ''}")
    actors = Table("id", "name", "kind", "country", "aliases", title="actors")
    for a in extraction.actors:
        actors.add_row(a.id, a.name, a.kind.value, a.country or "", ", ".join(a.aliases))
    console.print(actors)
    names = {a.id: a.name for a in extraction.actors}
    rels = Table("source", "type", "target", "status", "date", "evidence", title="relations")
    for r in extraction.relations:
        rels.add_row(names.get(r.source_id, r.source_id), r.type.value,
                     names.get(r.target_id, r.target_id), r.status.value,
                     _when(r.date, r.date_precision),
                     r.evidence[0].sentence[:90] if r.evidence else "")  # fmt: skip
    console.print(rels)
    events = Table("type", "status", "date", "participants", "place", title="events")
    for e in extraction.events:
        who = ", ".join(
            f"{names.get(p, p)} ({role.value.lower()})"
            if (role := e.role_of(p))
            else names.get(p, p)
            for p in e.participant_ids
        )
        events.add_row(e.type.value, e.status.value, _when(e.date, e.date_precision), who,
                       e.place or "")  # fmt: skip
    console.print(events)


def extract(
    file: Annotated[str, typer.Argument(help="Article: text, Markdown, HTML or a JSON object.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the extract JSON.")] = False,
) -> None:
    """Read one article and print its actors, events and relations."""
    from loaders.pipeline import Extractor

    try:
        extraction = Extractor.load().extract(_read(file))
    except DiplographError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(extraction_json(extraction), ensure_ascii=False))
    else:
        _render(Console(), extraction)


def run_eval(extractor: Extractor, folder: Path, verbose: bool = False) -> Totals:
    """Score every case of a folder, like score.py: a failing case scores as nothing found."""
    totals = Totals()
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        suffix, content = case_input(case)
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / f"case{suffix}"
            page.write_text(content, encoding="utf-8")
            try:
                pred = _extract_file(extractor, str(page))
            except DiplographError as exc:
                pred = {"actors": [], "relations": []}
                totals.cases.append(_error_row(case, exc))
        score_case(case, pred, totals)
    return totals


def _error_row(case: dict[str, Any], exc: Exception) -> Any:
    from loaders.evaluation import CaseScore

    return CaseScore(str(case["id"]), 0, 0, 0, 0, 0, 0, 0, error=str(exc))


def _report(totals: Totals, verbose: bool) -> None:
    console = Console(soft_wrap=True)
    for c in totals.cases:
        if c.error:
            console.print(f"{c.case_id}: ERROR {c.error}")
            continue
        console.print(f"{c.case_id}: actors {c.actors_found}/{c.actors_gold} (+{c.actors_extra} "
                      f"extra)  relations {c.relations_found}/{c.relations_gold} "
                      f"(+{c.relations_extra} extra)  traps {c.traps}")  # fmt: skip
        if verbose:
            for k in c.missed:
                console.print(f"   missed {k}")
            for k in c.extra:
                console.print(f"   extra  {k}")
    table = Table("type", "tp", "fp", "fn", "P", "R", "F1", title="relations per type")
    for rtype, (tp, fp, fn) in sorted(totals.per_type.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        table.add_row(rtype, str(tp), str(fp), str(fn), f"{p:.2f}", f"{r:.2f}", f"{f:.2f}")
    console.print(table)
    st = totals.status_accuracy
    console.print(f"status right on {totals.status_ok}/{totals.status_n} matched relations "
                  f"({st:.2f})" if st is not None else
                  "status right on 0/0 matched relations (-)")  # fmt: skip
    states = totals.countries
    found = sum(states.values())
    console.print(f"actor states right on {states['right']}/{found} found actors "
                  f"({states['right'] / found if found else 0:.2f}): {states['missing']} missing, "
                  f"{states['wrong']} wrong, {states['extra']} extra")  # fmt: skip
    console.print(f"actors F1 {totals.actor_f1:.2f} relations P {totals.relation_precision:.2f} "
                  f"R {totals.relation_recall:.2f} F1 {totals.relation_f1:.2f} "
                  f"traps {totals.traps}")  # fmt: skip


def _summary(totals: Totals) -> dict[str, Any]:
    return {
        "actors": {"tp": totals.tp_a, "fp": totals.fp_a, "fn": totals.fn_a,
                   "f1": round(totals.actor_f1, 4)},
        "relations": {"tp": totals.tp_r, "fp": totals.fp_r, "fn": totals.fn_r,
                      "precision": round(totals.relation_precision, 4),
                      "recall": round(totals.relation_recall, 4),
                      "f1": round(totals.relation_f1, 4)},
        "per_type": {t: {"tp": v[0], "fp": v[1], "fn": v[2]}
                     for t, v in sorted(totals.per_type.items())},
        "status": {"right": totals.status_ok, "matched": totals.status_n},
        "countries": dict(totals.countries),
        "traps": totals.traps,
        "cases": [{"id": c.case_id, "actors": [c.actors_found, c.actors_gold, c.actors_extra],
                   "relations": [c.relations_found, c.relations_gold, c.relations_extra],
                   "traps": c.traps, "error": c.error} for c in totals.cases],
    }  # fmt: skip


def evaluate(
    folder: Annotated[Path, typer.Argument(help="Folder of gold cases (ANNOTATION.md).")] = _CORPUS,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List misses.")] = False,
    min_actor_f1: Annotated[float, typer.Option(help="Fail below this actor F1.")] = 0.0,
    min_rel_f1: Annotated[float, typer.Option(help="Fail below this relation F1.")] = 0.0,
    max_traps: Annotated[int, typer.Option(help="Fail above this many traps hit.")] = 10**9,
) -> None:
    """Score the extractor on gold cases: actor F1, relation P/R/F1 (per type), status, traps."""
    from loaders.pipeline import Extractor

    if not folder.is_dir():
        typer.echo(f"error: {folder}: not a folder of gold cases", err=True)
        raise typer.Exit(2)
    if not any(folder.glob("*.json")):
        typer.echo(f"error: {folder}: holds no *.json gold cases", err=True)
        raise typer.Exit(2)
    totals = run_eval(Extractor.load(), folder, verbose)
    if as_json:
        typer.echo(json.dumps(_summary(totals)))
    else:
        _report(totals, verbose)
    ok = (totals.relation_f1 >= min_rel_f1 and totals.actor_f1 >= min_actor_f1
          and totals.traps <= max_traps)  # fmt: skip
    if not ok:
        raise typer.Exit(1)


def register(cli: typer.Typer) -> None:
    """Add `extract` and `eval` to the `diplograph` CLI."""
    cli.command("extract")(extract)
    cli.command("eval")(evaluate)
