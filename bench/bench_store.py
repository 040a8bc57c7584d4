"""FalkorStore.write against the plainest batched UNWIND MERGE of the same rows, same process.

The baseline merges the same actors and relations with one UNWIND per kind and no evidence
bookkeeping, validation or labels: the ratio is what the store's guarantees (one atomic
statement, evidence merge, curation-safe properties, validation) cost per extraction.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from graph.falkor_engine import FalkorStore
from schema.ids import event_id, relation_id
from schema.models import Actor, Article, Event, Evidence, Extraction, Relation
from schema.ontology import ActorKind, EventType, RelationType, Status

N = int(os.environ.get("BENCH_EXTRACTIONS", "400"))
BATCH = int(os.environ.get("BENCH_BATCH", "50"))
POOL = 120  # distinct actors: articles keep naming the same people, as news does
TYPES = list(RelationType)


def synthetic(n: int) -> list[Extraction]:
    """n articles of 4 actors, 3 relations and 1 event each, over a shared pool of actors."""
    people = [
        Actor(id=f"person:p{i}", name=f"Person {i}", kind=ActorKind.PERSON, aliases=(f"P{i}",))
        for i in range(POOL)
    ]
    out: list[Extraction] = []
    for k in range(n):
        day = date(2025, 1, 1) + timedelta(days=k % 60)
        text = f"Person {k} met and urged others. " * 3
        art = Article(id=f"article:{k}", title=f"Story {k}", published=day, text=text)
        cast = [people[(k * 7 + j * 13) % POOL] for j in range(4)]
        rels = []
        for j in range(3):
            rtype = TYPES[(k + j) % len(TYPES)]
            src, dst = cast[j], cast[j + 1]
            rels.append(
                Relation(
                    id=relation_id(src.id, rtype, dst.id, day),
                    source_id=src.id,
                    type=rtype,
                    target_id=dst.id,
                    status=Status.OCCURRED,
                    date=day,
                    confidence=0.7,
                    evidence=(Evidence(article_id=art.id, sentence=text[:30], start=0, end=30),),
                )
            )
        ids = (cast[0].id, cast[1].id)
        ev = Event(
            id=event_id(EventType.MEETING, ids, day),
            type=EventType.MEETING,
            date=day,
            status=Status.OCCURRED,
            participant_ids=ids,
        )
        out.append(Extraction(article=art, actors=tuple(cast), events=(ev,), relations=tuple(rels)))
    return out


BASELINE = [
    "UNWIND $articles AS row MERGE (a:Article {id: row.id}) SET a.title = row.title",
    "UNWIND $actors AS row MERGE (a:Actor {id: row.id}) SET a.name = row.name",
    "UNWIND $events AS row MERGE (e:Event {id: row.id}) SET e.date = row.date",
    *(
        f"UNWIND [x IN $relations WHERE x.type = '{t.value}'] AS row "
        "MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target}) "
        f"MERGE (s)-[r:{t.value} {{id: row.id}}]->(t) SET r.date = row.date"
        for t in RelationType
    ),
]


def baseline_rows(batch: list[Extraction]) -> dict[str, list[dict[str, Any]]]:
    return {
        "articles": [{"id": x.article.id, "title": x.article.title} for x in batch],
        "actors": list(
            {a.id: {"id": a.id, "name": a.name} for x in batch for a in x.actors}.values()
        ),
        "events": [{"id": e.id, "date": str(e.date)} for x in batch for e in x.events],
        "relations": [
            {
                "id": r.id,
                "type": r.type.value,
                "source": r.source_id,
                "target": r.target_id,
                "date": str(r.date),
            }
            for x in batch
            for r in x.relations
        ],
    }


def _batches(items: list[Extraction]) -> list[list[Extraction]]:
    return [items[i : i + BATCH] for i in range(0, len(items), BATCH)]


def main() -> None:
    data = synthetic(N)
    with tempfile.TemporaryDirectory() as tmp:
        store = FalkorStore(Path(tmp) / "store", graph_name="bench")
        try:
            started = time.perf_counter()
            for batch in _batches(data):
                store.write(batch)
            ours = time.perf_counter() - started
            counts = store.counts()
        finally:
            store.close()

        from redislite.falkordb_client import FalkorDB

        db = FalkorDB(str(Path(tmp) / "baseline.rdb"))
        try:
            graph = db.select_graph("baseline")
            graph.query("CREATE INDEX FOR (a:Actor) ON (a.id)")
            graph.query("CREATE INDEX FOR (a:Article) ON (a.id)")
            graph.query("CREATE INDEX FOR (e:Event) ON (e.id)")
            started = time.perf_counter()
            for batch in _batches(data):
                rows = baseline_rows(batch)
                for statement in BASELINE:
                    graph.query(statement, rows)
            raw = time.perf_counter() - started
        finally:
            db.close()
    per = 1000 * ours / N
    print(f"   {N} extractions in batches of {BATCH}: {counts}")
    print(f"   FalkorStore.write  {ours:6.2f} s  ({per:.1f} ms per extraction)")
    print(f"   raw UNWIND MERGE   {raw:6.2f} s  ({1000 * raw / N:.1f} ms per extraction)")
    print(f"   ratio store/raw    {ours / raw:6.2f}")
