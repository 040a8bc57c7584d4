"""Ingest over GraphQL with the real extractor: a live dashboard hears of new events at once.

Model-backed (spaCy): the store is filled once per module from a few sample-corpus articles with
the same service `diplograph ingest` uses, and the server shares the loaded extractor.
"""

from __future__ import annotations

import json
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from websockets.sync.client import connect

from app.api import create_app
from app.ingest import ingest
from app.settings import Settings
from graph.falkor_engine import FalkorStore
from loaders.pipeline import Extractor
from loaders.sources.load import load
from tests.api.conftest import API_KEY
from tests.api.live import GraphQLClient, LiveServer

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SAMPLES = (
    "c04-gershkovich-detained-fsb",
    "c17-page-trump-putin-anchorage",
    "c28-us-russia-riyadh-talks",
)
ANKARA = (
    "Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara "
    "on Tuesday to discuss grain shipments across the Black Sea."
)
INGEST = """mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
    article { id title published } actors { id } events { type participants { id } }
    relations { type source { id } target { id } date datePrecision evidence { sentence } } } }"""


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Any]]:
    data = tmp_path_factory.mktemp("ingest-store")
    store = FalkorStore(data, graph_name="ingest")
    extractor = Extractor.load()
    report = ingest(load(str(CORPUS / f"{name}.json") for name in SAMPLES), store, extractor)
    assert report.articles == len(SAMPLES), report.skipped
    settings = Settings(diplograph_data=data, diplograph_api_keys=[API_KEY])
    app = create_app(settings, store=store, extractor_factory=lambda: extractor)
    with LiveServer(app) as server:
        yield server, app
    store.close()


@pytest.fixture(scope="module")
def client(live: tuple[LiveServer, Any]) -> Iterator[GraphQLClient]:
    gql = GraphQLClient(live[0].url)
    yield gql
    gql.close()


def test_corpus_answers_who_detained_whom(client: GraphQLClient) -> None:
    found = client.data(
        "{ relations(type: DETAINED) { edges { node { source { name } target { kind } "
        "evidence { sentence article { id } } } } } }"
    )["relations"]["edges"]
    assert found, "the Gershkovich article reports detentions"
    ingested = {json.loads((CORPUS / f"{name}.json").read_text())["id"] for name in SAMPLES}
    for edge in found:
        assert edge["node"]["target"]["kind"] == "PERSON"
        assert edge["node"]["evidence"], "every relation says where it was read"
        assert {ev["article"]["id"] for ev in edge["node"]["evidence"]} <= {
            f"article:{i}" if not i.startswith("article:") else i for i in ingested
        } | ingested


def test_corpus_network_and_path(client: GraphQLClient) -> None:
    top = client.data("{ centrality(measure: DEGREE, top: 1) { actor { id } } }")["centrality"]
    hub = top[0]["actor"]["id"]
    query = """query($id: ID!, $depth: Int!) { network(actorId: $id, depth: $depth) {
        nodes { id } edges { type source { id } target { id } } } }"""
    near = client.data(query, {"id": hub, "depth": 1})["network"]
    assert len(near["nodes"]) > 1 and near["edges"]
    wide = client.data(query, {"id": hub, "depth": 2})["network"]
    first_ring = {n["id"] for n in near["nodes"]}
    farther = [n["id"] for n in wide["nodes"] if n["id"] not in first_ring]
    target = farther[0] if farther else next(iter(first_ring - {hub}))
    path = client.data(
        "query($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { length hops { source { id } "
        "target { id } } } }",
        {"a": hub, "b": target},
    )["path"]
    assert path is not None and path["length"] == (2 if farther else 1)
    ends = {path["hops"][0]["source"]["id"], path["hops"][0]["target"]["id"]}
    assert hub in ends


def test_ingest_returns_what_was_added_and_is_idempotent(client: GraphQLClient) -> None:
    before = client.data("{ stats { articles relations } }")["stats"]
    variables = {"input": {"text": ANKARA, "title": "Lavrov in Ankara", "published": "2024-06-05"}}
    added = client.data(INGEST, variables, api_key=API_KEY)["ingestArticle"]
    assert added["article"]["title"] == "Lavrov in Ankara"
    met = [r for r in added["relations"] if r["type"] == "MET_WITH"]
    assert met, added["relations"]
    ends = sorted((met[0]["source"]["id"], met[0]["target"]["id"]))
    assert ends[0] == "person:hakan-fidan" and ends[1].endswith("-lavrov")
    assert met[0]["date"] == "2024-06-04"  # "on Tuesday" before a Wednesday publication
    assert met[0]["datePrecision"] == "DAY"
    after = client.data("{ stats { articles relations } }")["stats"]
    assert after["articles"] == before["articles"] + 1
    assert after["relations"] > before["relations"]
    client.data(INGEST, variables, api_key=API_KEY)
    assert client.data("{ stats { articles relations } }")["stats"] == after


def test_ingest_reads_a_url(client: GraphQLClient, tmp_path: Path) -> None:
    page = tmp_path / "ankara.html"
    page.write_text(
        "<html><head><title>Fidan hosts Lavrov</title></head><body><article><h1>Fidan hosts "
        f"Lavrov</h1><p>{ANKARA}</p><p>{ANKARA.replace('Tuesday', 'Monday')}</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    pages = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=pages.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{pages.server_address[1]}/ankara.html"
        variables = {"input": {"url": url, "published": "2024-06-05"}}
        added = client.data(INGEST, variables, api_key=API_KEY)["ingestArticle"]
    finally:
        pages.shutdown()
        pages.server_close()
    assert added["article"]["published"] == "2024-06-05"
    assert any(r["type"] == "MET_WITH" for r in added["relations"])


def test_subscriber_hears_events_stored_by_ingest(
    live: tuple[LiveServer, Any], client: GraphQLClient
) -> None:
    server, app = live
    broker = app.state.runtime.broker
    ws_url = server.url.replace("http://", "ws://") + "/graphql"
    with connect(ws_url, subprotocols=["graphql-transport-ws"], open_timeout=10) as ws:
        ws.send(json.dumps({"type": "connection_init"}))
        assert json.loads(ws.recv(timeout=10))["type"] == "connection_ack"
        query = (
            'subscription { eventAdded(type: MEETING, actorId: "person:hakan-fidan") '
            "{ type date participants { id } } }"
        )
        ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": query}}))
        deadline = time.monotonic() + 10
        while broker.subscriber_count == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert broker.subscriber_count == 1, "the subscription never started"
        text = ANKARA.replace("on Tuesday", "on Thursday")
        variables = {"input": {"text": text, "published": "2024-07-12"}}
        client.data(INGEST, variables, api_key=API_KEY)
        message = json.loads(ws.recv(timeout=30))
        assert message["type"] == "next" and message["id"] == "1", message
        event = message["payload"]["data"]["eventAdded"]
        assert event["type"] == "MEETING" and event["date"] == "2024-07-11"
        assert "person:hakan-fidan" in {p["id"] for p in event["participants"]}
        ws.send(json.dumps({"id": "1", "type": "complete"}))
