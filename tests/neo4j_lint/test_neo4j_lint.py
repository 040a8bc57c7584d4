"""Every statement the Neo4j engine can send passes Neo4j's own Cypher linter.

No Neo4j server runs on the project's machines, so this (with the contract suite run on FalkorDB
and live when NEO4J_URI is set) is how the Neo4j engine's Cypher is checked. The linter is the
npm package `@neo4j-cypher/language-support` pinned in package.json; `make lint-deps` installs it.
It is slow (about half a second per statement), so it runs once, over the registry and the
deliberately broken samples together, and its diagnostics are cached beside the linter (in
node_modules, keyed by linter version, statement text and parameters): only a statement that
changed is linted again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from graph.neo4j_engine import neo4j_statements
from graph.statements import Statement

HERE = Path(__file__).resolve().parent
TOLERATED_WARNINGS = ("cartesian product",)
"""Look-ups of two nodes by id before linking them read as a cartesian product; they are one
row each, so the warning is expected."""


def _broken() -> list[Statement]:
    get = next(s for s in neo4j_statements() if s.name == "get_articles")
    return [
        replace(
            get, name="broken:unclosed", text=get.text.replace("{id: wanted})", "{id: wanted}")
        ),
        replace(get, name="broken:undeclared", params={}),
        Statement("broken:undefined-variable", "MATCH (a:Actor) RETURN b.id AS id"),
    ]


def _lint(statements: list[Statement]) -> dict[str, list[dict[str, Any]]]:
    """Diagnostics per statement name, from lint.mjs run under node."""
    if shutil.which("node") is None:
        pytest.fail("node is not installed: the Neo4j lint needs Node.js (apt-get install nodejs)")
    if not (HERE / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        pytest.fail("the Cypher linter is not installed: run make lint-deps")
    cache_file = HERE / "node_modules" / ".diplograph-lint-cache.json"
    cache: dict[str, list[dict[str, Any]]] = (
        json.loads(cache_file.read_text()) if cache_file.is_file() else {}
    )
    keys = {s.name: _key(s) for s in statements}
    missing = [s for s in statements if keys[s.name] not in cache]
    if missing:
        payload = [{"name": s.name, "text": s.text, "params": s.params} for s in missing]
        done = subprocess.run(
            ["node", "lint.mjs"],
            cwd=HERE,
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        for result in json.loads(done.stdout):
            cache[keys[result["name"]]] = result["diagnostics"]
        cache_file.write_text(json.dumps(cache))
    return {s.name: cache[keys[s.name]] for s in statements}


def _key(statement: Statement) -> str:
    """Diagnostics depend only on the linter's version, the text and the declared parameters."""
    basis = [_linter_version(), statement.text, statement.params]
    return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()


def _linter_version() -> str:
    package = HERE / "node_modules" / "@neo4j-cypher" / "language-support" / "package.json"
    return str(json.loads(package.read_text())["version"])


@pytest.fixture(scope="module")
def diagnostics() -> dict[str, list[dict[str, Any]]]:
    return _lint([*neo4j_statements(), *_broken()])


def _messages(diags: list[dict[str, Any]], severity: str) -> list[str]:
    return [d["message"] for d in diags if d["severity"] == severity]


def test_every_neo4j_statement_lints_clean(diagnostics: dict[str, list[dict[str, Any]]]) -> None:
    names = [s.name for s in neo4j_statements()]
    assert len(names) == len(set(names))
    assert {"write", "find_relations", "find_actors_search", "related_events"} <= set(names)
    errors = {
        n: _messages(diagnostics[n], "error") for n in names if _messages(diagnostics[n], "error")
    }
    assert errors == {}
    warnings = {
        n: [
            m
            for m in _messages(diagnostics[n], "warning")
            if not any(t in m for t in TOLERATED_WARNINGS)
        ]
        for n in names
    }
    assert {n: w for n, w in warnings.items() if w} == {}


def test_the_linter_fails_broken_statements(diagnostics: dict[str, list[dict[str, Any]]]) -> None:
    for sample in _broken():
        assert _messages(diagnostics[sample.name], "error"), sample.name
    assert "Parameter $ids is not defined." in _messages(diagnostics["broken:undeclared"], "error")
    assert "Variable `b` not defined" in _messages(
        diagnostics["broken:undefined-variable"], "error"
    )
