"""Every GraphQL query in README.md runs, without errors, on a server holding the sample corpus.

A newcomer copies these first; they must keep working as the schema and the extractor change.
Model-backed: the whole corpus is ingested once (the same path `make run` takes).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from app.api import create_app
from app.ingest import ingest
from app.settings import Settings
from graph.falkor_engine import FalkorStore
from loaders.pipeline import Extractor
from loaders.sources.load import load
from tests.api.live import GraphQLClient, LiveServer

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"```graphql\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)
QUERIES = [b for b in BLOCKS if not b.lstrip().startswith(("subscription", "mutation"))]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphQLClient]:
    data = tmp_path_factory.mktemp("readme-store")
    store = FalkorStore(data, graph_name="readme")
    report = ingest(load([str(ROOT / "corpus")]), store, Extractor.load())
    assert report.articles >= 25, report.skipped
    with LiveServer(create_app(Settings(diplograph_data=data), store=store)) as server:
        client = GraphQLClient(server.url)
        yield client
        client.http.close()
    store.close()


def _run(client: GraphQLClient, query: str, variables: dict[str, Any] | None = None) -> Any:
    body = client.http.post("/graphql", json={"query": query, "variables": variables or {}})
    payload = body.json()
    assert "errors" not in payload, (query, payload["errors"])
    return payload["data"]


def test_readme_has_the_examples_the_issue_asks_for() -> None:
    text = "\n".join(QUERIES)
    for needle in ("type: MET_WITH", "type: DETAINED", "network(", "path(", "centrality("):
        assert needle in text


@pytest.mark.parametrize("query", QUERIES, ids=[f"block{i}" for i in range(len(QUERIES))])
def test_readme_query_runs_on_the_sample_corpus(client: GraphQLClient, query: str) -> None:
    variables: dict[str, Any] = {}
    if "$eventId" in query:
        events = _run(client, "{ events(first: 1) { edges { node { id } } } }")["events"]
        variables["eventId"] = events["edges"][0]["node"]["id"]
    data = _run(client, query, variables)
    assert data and all(value is not None for value in data.values()), data


def test_the_documented_examples_find_something(client: GraphQLClient) -> None:
    met = _run(client, "{ relations(type: MET_WITH) { totalCount } }")["relations"]
    detained = _run(client, "{ relations(type: DETAINED) { totalCount } }")["relations"]
    assert met["totalCount"] > 10 and detained["totalCount"] > 0
    trips = _run(
        client, '{ events(actorId: "person:volodymyr-zelensky", role: VISITOR) { totalCount } }'
    )["events"]
    assert trips["totalCount"] > 0
