"""`diplograph serve` and `diplograph export` as a user runs them, on a seeded embedded store."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import httpx
import pytest
from typer.testing import CliRunner

from app.api import create_app
from app.cli import cli
from app.settings import Settings
from graph.falkor_engine import FalkorStore
from tests.api import seed
from tests.api.live import LiveServer, free_port

if TYPE_CHECKING:
    from pathlib import Path

GRAPH = "diplograph"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve-data")
    store = FalkorStore(folder, graph_name=GRAPH)
    store.write(seed.extractions())
    store.close()
    return folder


def test_export_csv_to_a_file(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DATA", str(data_dir))
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(
        cli, ["export", "--format", "csv", "--out", str(out), "--type", "DETAINED"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [(r["actor1"], r["relation"], r["actor2"], r["cameo"]) for r in rows] == [
        ("Russia", "DETAINED", "Evan Gershkovich", "173")
    ]


def test_export_jsonl_to_stdout_with_dates(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DATA", str(data_dir))
    result = CliRunner().invoke(
        cli, ["export", "--format", "jsonl", "--from", "2024-04-20", "--to", "2024-04-20"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    relations = [r for r in records if r["record"] == "relation"]
    assert relations and {r["date"] for r in relations} == {"2024-04-20"}


def test_export_refuses_a_bad_date_and_format(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DATA", str(data_dir))
    bad_date = CliRunner().invoke(cli, ["export", "--format", "csv", "--from", "last week"])
    assert bad_date.exit_code != 0 and "YYYY-MM-DD" in bad_date.output
    bad_format = CliRunner().invoke(cli, ["export", "--format", "xlsx"])
    assert bad_format.exit_code != 0 and "graphml" in bad_format.output


def test_serve_answers_graphql_and_health(data_dir: Path, tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "DIPLOGRAPH_DATA": str(data_dir), "DIPLOGRAPH_GRAPH": GRAPH}
    command = [sys.executable, "-c", "from app.cli import main; main()", "serve"]
    log = tmp_path / "serve.log"
    with (
        log.open("wb") as sink,
        subprocess.Popen(
            [*command, "--port", str(port)], env=env, stdout=sink, stderr=sink
        ) as process,
    ):
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                assert process.poll() is None, log.read_text()
                try:
                    if httpx.get(f"{base}/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "serve did not come up"
                time.sleep(0.2)
            query = {"query": "{ stats { articles actors } }"}
            answer = httpx.post(f"{base}/graphql", json=query)
            assert answer.json() == {"data": {"stats": {"articles": 6, "actors": 13}}}
        finally:
            process.terminate()
            process.wait(timeout=30)


def test_health_is_503_when_the_store_is_gone(tmp_path: Path) -> None:
    store = FalkorStore(tmp_path, graph_name="gone")
    settings = Settings(diplograph_data=tmp_path)
    with LiveServer(create_app(settings, store=store)) as server:
        assert httpx.get(f"{server.url}/health").status_code == 200
        store.close()
        down = httpx.get(f"{server.url}/health")
    assert down.status_code == 503
    assert down.json()["status"] == "unavailable"
