"""One contract suite, every engine: the embedded FalkorDB always, Neo4j when NEO4J_URI is set.

Each test module gets one engine (starting FalkorDB is the slow part); every test starts from an
empty graph.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from graph.falkor_engine import FalkorStore
from graph.neo4j_engine import Neo4jStore

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from graph.cypher_store import CypherStore


class Engine:
    """A store and how to open it again on the same data (for persistence tests)."""

    def __init__(self, name: str, opener: Callable[[], CypherStore]) -> None:
        self.name = name
        self._open = opener
        self.store = opener()

    def reopen(self) -> CypherStore:
        self.store.close()
        self.store = self._open()
        return self.store


def _falkor(tmp: Path) -> Engine:
    return Engine("falkordb", lambda: FalkorStore(tmp / "falkordb", graph_name="contract"))


def _neo4j() -> Engine:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("NEO4J_URI not set")
    user = os.environ.get("NEO4J_USER", "neo4j")
    password = os.environ.get("NEO4J_PASSWORD", "")
    database = os.environ.get("NEO4J_DATABASE", "neo4j")
    engine = Engine("neo4j", lambda: Neo4jStore(uri, user, password, database=database))
    if engine.store.counts().articles and os.environ.get("DIPLOGRAPH_TEST_WIPE") != "1":
        engine.store.close()  # every test empties the database: never someone's real data
        pytest.skip(f"Neo4j database {database!r} holds data; set DIPLOGRAPH_TEST_WIPE=1 to allow")
    return engine


@pytest.fixture(scope="module", params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    made = _falkor(tmp_path_factory.mktemp("contract")) if request.param == "falkordb" else _neo4j()
    yield made
    made.store.close()


@pytest.fixture
def store(engine: Engine) -> CypherStore:
    engine.store.wipe()
    return engine.store
