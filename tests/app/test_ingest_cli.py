"""`diplograph ingest` and `diplograph stats` end to end: real files, the real embedded store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from graph.falkor_engine import FalkorStore
from schema.store import ActorFilter, PageRequest

SEED = Path(__file__).resolve().parents[1] / "loaders" / "sources" / "data" / "seed_page.txt"
EMPTY = {"articles": 0, "actors": 0, "events": 0, "relations": 0, "sources": 0}


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("DIPLOGRAPH_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("COLUMNS", "250")  # rich tables: no wrapped cells in what we assert on
    return CliRunner()


def _stats(runner: CliRunner) -> dict[str, int]:
    result = runner.invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    counts: dict[str, int] = json.loads(result.stdout)
    return counts


def test_stats_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["stats"])
    assert result.exit_code == 0
    for name in EMPTY:
        assert name in result.stdout


def test_ingest_with_nothing_readable_fails_and_says_why(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = runner.invoke(
        cli, ["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "photo.txt"), "missing.md"]
    )
    assert result.exit_code == 1
    assert "empty file" in result.stdout
    assert "binary content (PNG image)" in result.stdout
    assert "no such file or folder" in result.stdout
    assert _stats(runner) == EMPTY


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text())
    case = {
        "id": "kim-putin",
        "title": "Kim meets Putin at Russian spaceport",
        "published": "2023-09-13",
        "text": "Russian President Vladimir Putin met North Korean leader Kim Jong Un on "
        "Wednesday at the Vostochny cosmodrome in Russia's Far East.",
        "actors": [],
    }
    (folder / "sub").mkdir()
    (folder / "sub" / "kim.json").write_text(json.dumps(case))
    return folder


@pytest.mark.model
def test_ingest_folder_twice_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    first = runner.invoke(cli, ["ingest", str(corpus)])
    assert first.exit_code == 0, first.output
    assert "Ingest summary" in first.stdout
    counts = _stats(runner)
    assert counts["articles"] == 2
    assert counts["actors"] >= 5 and counts["relations"] >= 2
    second = runner.invoke(cli, ["ingest", str(corpus), str(corpus / "seed.txt")])
    assert second.exit_code == 0, second.output
    assert _stats(runner) == counts
    store = FalkorStore(tmp_path / "data")
    try:
        names = {a.name for a in store.find_actors(ActorFilter(), PageRequest(first=200)).items}
    finally:
        store.close()
    assert {"Sergey Lavrov", "Antony Blinken", "Kim Jong Un"} <= names
    assert any("Orban" in n for n in names)
    teaser_names = {"Marco Rubio", "Rubio", "Rapid Support Forces", "RSF", "Qasim al-Araji"}
    assert not names & teaser_names, names & teaser_names


@pytest.mark.model
def test_bad_files_are_reported_and_good_ones_stored(runner: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "mixed")
    (corpus / "empty.txt").write_text("")
    (corpus / "broken.json").write_text('{"title": "x",, "text": "y"}')
    (corpus / "latin.txt").write_bytes("Orbán met Lavrov in Budapest.".encode("latin-1"))
    (corpus / "lines.jsonl").write_text('{"text": "Blinken met Wang Yi in Beijing."}\n{oops\n')
    result = runner.invoke(cli, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "empty file" in out
    assert "invalid JSON at line 1, column 15" in out
    assert "not valid UTF-8" in out
    assert "lines.jsonl:2" in out
    assert _stats(runner)["articles"] == 3


def test_a_settings_mistake_is_a_message_not_a_trace(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DIPLOGRAPH_DATA", str(blocker / "data"))
    result = runner.invoke(cli, ["stats", "--json"])
    assert result.exit_code == 2
    assert "DIPLOGRAPH_DATA" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
