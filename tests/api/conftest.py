"""One seeded store and one live server per test module (starting them is the slow part)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from app.api import create_app
from app.settings import Settings
from graph.falkor_engine import FalkorStore
from tests.api.live import CountingStore, GraphQLClient, LiveServer
from tests.api.seed import extractions

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

API_KEY = "test-key-4f2a"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("api-store")


@pytest.fixture(scope="module")
def store(data_dir: Path) -> Iterator[CountingStore]:
    real = FalkorStore(data_dir, graph_name="api")
    real.write(extractions())
    yield CountingStore(real)
    real.close()


@pytest.fixture(scope="module")
def settings(data_dir: Path) -> Settings:
    return Settings(diplograph_data=data_dir, diplograph_api_keys=[API_KEY])


@pytest.fixture(scope="module")
def server(settings: Settings, store: CountingStore) -> Iterator[LiveServer]:
    with LiveServer(create_app(settings, store=store)) as live:  # type: ignore[arg-type]
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[GraphQLClient]:
    gql = GraphQLClient(server.url)
    yield gql
    gql.close()
