"""Exports load in the tools people use: GraphML/GEXF in networkx (as Gephi would), the CSV in
an event-data layout with one row per fact and its source URLs."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import networkx as nx
import pytest

from graph.export import CSV_COLUMNS, ExportData, ExportFormat, export
from schema.models import Actor, Article, Evidence, Relation
from schema.ontology import ActorKind, DatePrecision, RelationType, Status
from schema.store import Subgraph

RUSSIA = Actor(id="country:RUS", name="Russia", kind=ActorKind.COUNTRY, country="RUS")
GERSHKOVICH = Actor(
    id="person:evan-gershkovich",
    name="Evan Gershkovich",
    kind=ActorKind.PERSON,
    country="USA",
    aliases=("Gershkovich",),
)
LAVROV = Actor(
    id="person:sergey-lavrov", name="Sergey Lavrov", kind=ActorKind.PERSON, country="RUS"
)
BLINKEN = Actor(
    id="person:antony-blinken", name="Antony Blinken", kind=ActorKind.PERSON, country="USA"
)
WSJ = Article(id="article:wsj", title="Reporter detained", url="https://example.org/wsj")
AP = Article(id="article:ap", title="Moscow court", url="https://example.org/ap")
NO_URL = Article(id="article:local", title="Pasted text")


def _evidence(article: Article, sentence: str) -> Evidence:
    return Evidence(article_id=article.id, sentence=sentence, start=0, end=len(sentence))


DETAINED = Relation(
    id="rel:detained",
    source_id=RUSSIA.id,
    type=RelationType.DETAINED,
    target_id=GERSHKOVICH.id,
    status=Status.OCCURRED,
    date=date(2023, 3, 29),
    date_precision=DatePrecision.DAY,
    confidence=0.9,
    source_count=2,
)
MET = Relation(
    id="rel:met",
    source_id=BLINKEN.id,
    type=RelationType.MET_WITH,
    target_id=LAVROV.id,
    status=Status.PLANNED,
    date=None,
    confidence=0.7,
)
DATA = ExportData(
    subgraph=Subgraph(actors=[RUSSIA, GERSHKOVICH, LAVROV, BLINKEN], relations=[MET, DETAINED]),
    evidence={
        DETAINED.id: [
            _evidence(WSJ, "Russia detained Evan Gershkovich."),
            _evidence(AP, "He was detained in Yekaterinburg."),
            _evidence(WSJ, "The FSB said it detained him."),
        ],
        MET.id: [_evidence(NO_URL, "Blinken will meet Lavrov.")],
    },
    articles={a.id: a for a in (WSJ, AP, NO_URL)},
)


def test_csv_is_an_event_table_with_codes_and_sources() -> None:
    rows = list(csv.DictReader(io.StringIO(export(DATA, ExportFormat.CSV).decode())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["relation"] for r in rows] == ["DETAINED", "MET_WITH"]  # dated first, undated last
    detained = rows[0]
    assert detained == {
        "date": "2023-03-29",
        "date_precision": "DAY",
        "actor1": "Russia",
        "actor1_country": "RUS",
        "relation": "DETAINED",
        "cameo": "173",
        "plover": "COERCE",
        "quad_class": "MATERIAL_CONFLICT",
        "goldstein": "-5.0",
        "actor2": "Evan Gershkovich",
        "actor2_country": "USA",
        "status": "OCCURRED",
        "source_count": "2",
        "source_urls": "https://example.org/wsj https://example.org/ap",
    }
    assert rows[1]["date"] == "" and rows[1]["status"] == "PLANNED"
    assert rows[1]["source_urls"] == "article:local"  # no URL: the article id still cites it


@pytest.mark.parametrize("fmt", [ExportFormat.GRAPHML, ExportFormat.GEXF])
def test_graph_files_load_back_with_their_attributes(fmt: ExportFormat) -> None:
    body = io.BytesIO(export(DATA, fmt))
    graph = nx.read_graphml(body) if fmt is ExportFormat.GRAPHML else nx.read_gexf(body)
    assert set(graph.nodes) == {RUSSIA.id, GERSHKOVICH.id, LAVROV.id, BLINKEN.id}
    assert graph.nodes[GERSHKOVICH.id]["label"] == "Evan Gershkovich"
    assert graph.nodes[GERSHKOVICH.id]["kind"] == "PERSON"
    edges = list(graph.edges(data=True))
    assert len(edges) == 2
    detained = next(d for s, t, d in edges if s == RUSSIA.id)
    assert detained["cameo"] == "173" and detained["date"] == "2023-03-29"
    assert detained["date_precision"] == "DAY"
    assert (detained["quad_class"], detained["goldstein"]) == ("MATERIAL_CONFLICT", -5.0)
    assert "date" not in next(d for s, t, d in edges if s == BLINKEN.id)  # undated: no attribute


def test_parallel_relations_between_two_actors_stay_separate() -> None:
    again = DETAINED.model_copy(update={"id": "rel:detained-again", "date": date(2024, 8, 1)})
    data = ExportData(subgraph=Subgraph(actors=[RUSSIA, GERSHKOVICH], relations=[DETAINED, again]))
    graph = nx.read_graphml(io.BytesIO(export(data, ExportFormat.GRAPHML)))
    assert graph.number_of_edges() == 2


def test_jsonl_carries_actors_relations_evidence_and_cited_articles() -> None:
    lines = [json.loads(line) for line in export(DATA, ExportFormat.JSONL).decode().splitlines()]
    by_record: dict[str, list[dict[str, object]]] = {}
    for line in lines:
        by_record.setdefault(str(line["record"]), []).append(line)
    assert len(by_record["actor"]) == 4
    detained = next(r for r in by_record["relation"] if r["id"] == DETAINED.id)
    assert detained["cameo"] == "173"
    assert isinstance(detained["evidence"], list) and len(detained["evidence"]) == 3
    assert {a["id"] for a in by_record["article"]} == {WSJ.id, AP.id, NO_URL.id}
