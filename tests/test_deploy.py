"""`docker compose up` is the documented way to run on Neo4j; no Docker engine runs here, so the
file is checked for the wiring that makes it work: Neo4j 5, auth from the environment, a volume,
a healthcheck the app waits on, and the app pointed at bolt://neo4j:7687."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_neo4j_service_is_version_5_with_auth_volume_and_healthcheck() -> None:
    neo4j = _compose()["services"]["neo4j"]
    assert neo4j["image"].split(":")[1].startswith("5")
    assert "${NEO4J_PASSWORD" in neo4j["environment"]["NEO4J_AUTH"]
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])


def test_app_waits_for_a_healthy_neo4j_and_uses_it() -> None:
    compose = _compose()
    app = compose["services"]["app"]
    assert app["build"] == "."
    assert app["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert app["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert set(compose["volumes"]) >= {"neo4j-data"}


def test_dockerfile_installs_the_locked_environment_and_serves() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "uv sync --frozen" in dockerfile
    assert "diplograph serve" in dockerfile
    assert "diplograph ingest corpus/" in dockerfile
