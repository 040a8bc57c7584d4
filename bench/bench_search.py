"""Actor search ranked by the stored degree against counting each match's relations at query time.

A synthetic store of 3000 organizations sharing one word ("Agency 0001" ...) and 15,000 meetings
between them: a broad search ("agency") matches every actor, a narrow one ("agency 01") a few
hundred. The baseline is the same search statement with the degree counted per matched actor (what
search did before degrees were stored); both must return the same page. The ratio is what the
stored degree saves per page; the write time shows what keeping it costs.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.dialect import FalkorDialect
from graph.falkor_engine import FalkorStore
from graph.queries import ALL_TYPES, BY_DEGREE
from graph.rows import padded_words, words
from graph.statements import Statement
from schema.ids import actor_id, relation_id
from schema.models import Actor, Article, Evidence, Extraction, Relation
from schema.ontology import ActorKind, RelationType, Status

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore

ACTORS = int(os.environ.get("BENCH_SEARCH_ACTORS", "3000"))
ARTICLES, PER_ARTICLE, BATCH, PAGE, ROUNDS = 150, 100, 10, 20, 20
COUNTED = (
    "OPTIONAL MATCH (:Actor {canon: a.id})-[r]-(o:Actor) "
    "WHERE type(r) IN $types AND coalesce(r.curation, '') <> 'REJECTED' AND o.canon <> a.id "
    "WITH a, tier, count(DISTINCT r) AS degree "
    "WITH a, tier + right('000000000' + toString(999999999 - degree), 9) AS rank"
)


def synthetic() -> list[Extraction]:
    rng = random.Random(1)
    org = ActorKind.ORGANIZATION
    actors = [
        Actor(id=actor_id(org, f"Agency {i:04d}"), name=f"Agency {i:04d}", kind=org)
        for i in range(ACTORS)
    ]
    out = []
    for k in range(ARTICLES):
        art = Article(id=f"article:{k}", title=f"A{k}", published=date(2024, 1, 1), text="x")
        rels = []
        for j in range(PER_ARTICLE):
            s, t = rng.sample(actors, 2)
            day = date(2024, 1, 1 + j % 28)
            rels.append(
                Relation(
                    id=relation_id(s.id, RelationType.MET_WITH, t.id, day),
                    source_id=s.id,
                    type=RelationType.MET_WITH,
                    target_id=t.id,
                    status=Status.OCCURRED,
                    date=day,
                    confidence=0.8,
                    evidence=(Evidence(article_id=art.id, sentence="x", start=0, end=1),),
                )
            )
        named = {r.source_id for r in rels} | {r.target_id for r in rels}
        cast = actors if k == 0 else [a for a in actors if a.id in named]
        out.append(Extraction(article=art, actors=tuple(cast), relations=tuple(rels)))
    return out


def _timed(
    store: CypherStore, statement: Statement, params: dict[str, Any]
) -> tuple[float, list[str]]:
    rows = store.run_read(statement, **params)  # warm
    started = time.perf_counter()
    for _ in range(ROUNDS):
        store.run_read(statement, **params)
    return 1000 * (time.perf_counter() - started) / ROUNDS, [r["id"] for r in rows]


def main() -> None:
    data = synthetic()
    with tempfile.TemporaryDirectory() as tmp:
        store = FalkorStore(Path(tmp) / "store", graph_name="bench")
        try:
            started = time.perf_counter()
            for i in range(0, len(data), BATCH):
                store.write(data[i : i + BATCH])
            wrote = time.perf_counter() - started
            print(f"   {store.counts()}")
            print(f"   written in {wrote:.2f} s (degrees kept by every write)")
            stored = store.queries.find_actors_search
            counted = Statement(
                "search_counted",
                stored.text.replace(BY_DEGREE, COUNTED),
                stored.params | {"types": ALL_TYPES},
            )
            for text in ("agency", "agency 01"):
                phrase = padded_words(text)
                params: dict[str, Any] = {
                    "q": FalkorDialect().fulltext_query(words(text)),
                    "phrase": phrase,
                    "start": phrase.rstrip(),
                    "kind": None,
                    "country": None,
                    "after_key": None,
                    "after_id": None,
                    "limit": PAGE + 1,
                }
                ours, ours_ids = _timed(store, stored, params)
                base, base_ids = _timed(store, counted, params | {"types": ALL_TYPES})
                same = "same page" if ours_ids == base_ids else "DIFFERENT PAGE"
                print(
                    f"   {text!r:12} stored degree {ours:6.1f} ms, counted {base:6.1f} ms, "
                    f"ratio {ours / base:.2f} ({same})"
                )
        finally:
            store.close()
