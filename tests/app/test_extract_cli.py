"""`diplograph extract --json` and `diplograph eval`: the JSON of DESIGN.md, and the same figures
as the reference scorer gold/score.py on the same cases."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold"  # CI clones the project with ../shared beside it


def test_extract_json_has_the_interface_fields(tmp_path: Path) -> None:
    page = tmp_path / "a.json"
    page.write_text(json.dumps({"id": "t1", "title": "T", "published": "2023-09-13",
                                "text": "Kremlin spokesman Dmitry Peskov said Moscow would "
                                        "respond. Peskov met Chinese officials."}))  # fmt: skip
    result = CliRunner().invoke(cli, ["extract", str(page), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"article", "actors", "events", "relations"}
    assert data["article"] == {"id": "t1", "title": "T", "published": "2023-09-13", "url": None}
    peskov = next(a for a in data["actors"] if a["id"] == "person:dmitry-peskov")
    assert set(peskov) == {"id", "name", "kind", "country", "aliases", "title"}
    assert peskov["country"] == "RUS" and "Peskov" in peskov["aliases"]


def test_the_readable_view_says_who_did_what_and_how_exact_a_date_is(tmp_path: Path) -> None:
    page = tmp_path / "a.json"
    text = (
        "Russian Foreign Minister Sergey Lavrov arrived in Cairo on Sunday. "
        "The United States imposed sanctions on Iran in 2018."
    )
    page.write_text(json.dumps({"id": "t2", "published": "2022-07-25", "text": text}))
    result = CliRunner().invoke(cli, ["extract", str(page)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "Sergey Lavrov (visitor)" in result.stdout and "Egypt (host)" in result.stdout
    sanction = next(line for line in result.stdout.splitlines() if "SANCTIONED" in line)
    assert "2018" in sanction and "2018-01-01" not in sanction


def test_extract_names_a_missing_file() -> None:
    result = CliRunner().invoke(cli, ["extract", "/nonexistent/article.txt"])
    assert result.exit_code != 0
    assert "/nonexistent/article.txt" in result.output


@pytest.mark.skipif(not (GOLD / "score.py").exists(), reason="shared gold set not mounted")
def test_eval_prints_what_score_py_prints(tmp_path: Path) -> None:
    cases = sorted((GOLD / "cases").glob("*.json"))
    picked = [c for c in cases if "page" in c.name][:1] + [
        c for c in cases if "page" not in c.name
    ][:1]
    for case in picked:
        shutil.copy(case, tmp_path / case.name)
    ref = subprocess.run(
        [sys.executable, str(GOLD / "score.py"), "--cases", str(tmp_path),
         "--cmd", "uv run --quiet diplograph extract"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    ours = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert ours.exit_code == 0, ours.output

    def final(text: str) -> str:
        return re.findall(r"actors F1 .*traps \d+", text)[-1]

    def rows(text: str) -> list[str]:
        return re.findall(r"^\S+: actors .*$", text, flags=re.M)

    assert final(ours.stdout) == final(ref.stdout)
    assert rows(ours.stdout) == rows(ref.stdout)
    status = re.findall(r"status right on \d+/\d+", ref.stdout)
    assert status and status[0] in ours.stdout


def test_eval_thresholds_fail(tmp_path: Path) -> None:
    case = sorted((ROOT / "corpus").glob("*.json"))[0]  # always in the checkout
    shutil.copy(case, tmp_path / case.name)
    result = CliRunner().invoke(cli, ["eval", str(tmp_path), "--min-actor-f1", "1.01", "--json"])
    assert result.exit_code == 1
    figures = json.loads(result.stdout)
    assert figures["actors"]["f1"] > 0.5
    assert list(figures["per_type"]) == sorted(figures["per_type"])  # stable, diffable output
    # every found gold actor's state is judged once: right, missing, wrong or extra
    states = figures["countries"]
    assert set(states) == {"right", "missing", "wrong", "extra"}
    assert sum(states.values()) == figures["actors"]["tp"]
    assert states["right"] > states["missing"] + states["wrong"] + states["extra"]


def test_eval_rejects_a_folder_without_cases(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "no *.json gold cases" in result.output
