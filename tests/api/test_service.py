"""The service around GraphQL: health, Prometheus metrics, exports over HTTP."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import httpx
import networkx as nx

from graph.export import CSV_COLUMNS
from tests.api import seed

if TYPE_CHECKING:
    from tests.api.live import LiveServer


def test_health_reports_a_reachable_store(server: LiveServer) -> None:
    answer = httpx.get(f"{server.url}/health")
    assert answer.status_code == 200 and answer.json() == {"status": "ok"}


def test_metrics_count_requests_and_store_contents(server: LiveServer) -> None:
    httpx.post(f"{server.url}/graphql", json={"query": "{ stats { actors } }"})
    text = httpx.get(f"{server.url}/metrics").text
    assert 'diplograph_store_objects{kind="articles"} 6.0' in text
    assert 'diplograph_store_objects{kind="actors"} 13.0' in text
    assert 'diplograph_http_requests_total{method="POST",route="/graphql",status="200"}' in text
    assert "diplograph_http_request_duration_seconds_bucket" in text


def test_csv_export_filters_by_type_and_date(server: LiveServer) -> None:
    answer = httpx.get(
        f"{server.url}/export/csv",
        params={"types": ["DETAINED", "SANCTIONED"], "from": "2024-03-20", "to": "2024-03-25"},
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert sorted((r["actor1"], r["relation"], r["actor2"]) for r in rows) == [
        ("Russia", "DETAINED", "Evan Gershkovich"),
        ("United States", "SANCTIONED", "Russia"),
    ]
    assert {r["source_urls"] for r in rows} == {"https://news.example.org/diplomacy-watch-2"}


def test_graphml_export_loads_in_networkx(server: LiveServer) -> None:
    answer = httpx.get(f"{server.url}/export/graphml", params={"types": "MET_WITH"})
    graph = nx.read_graphml(io.BytesIO(answer.content))
    assert set(graph.nodes) == {p.id for p in seed.PEOPLE}
    met = [r for x in seed.extractions() for r in x.relations if r.type.value == "MET_WITH"]
    assert graph.number_of_edges() == len(met)


def test_unknown_export_format_is_refused(server: LiveServer) -> None:
    answer = httpx.get(f"{server.url}/export/xlsx")
    assert answer.status_code == 422
    assert "graphml" in answer.text
