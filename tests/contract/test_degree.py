"""Search ranks by each actor's stored degree: every write path keeps it what a count would say.

Three people named Omar are one match tier for "omar", so their order is their relation count:
ingesting, retracting, rejecting, un-rejecting, merging and unmerging must move them the way a
user expects, and the stored number must equal a count of the visible relations at every step.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from graph.statements import Statement
from schema.ids import actor_id
from schema.models import Actor, Article, Extraction
from schema.ontology import RelationType
from schema.store import ActorFilter, PageRequest
from tests.contract import data

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore
    from tests.contract.conftest import Engine

MET, URGED, CONDEMNED = RelationType.MET_WITH, RelationType.URGED, RelationType.CONDEMNED
HADDAD, KHALIL, NASSER = (
    Actor(id=actor_id(data.P, name), name=name, kind=data.P, country="JOR")
    for name in ("Omar Haddad", "Omar Khalil", "Omar Nasser")
)
O_HADDAD = Actor(id=actor_id(data.P, "O. Haddad"), name="O. Haddad", kind=data.P, country="JOR")
OTHERS = (data.RUBIO, data.RUSSIA, data.UKRAINE, data.USA)


def _article(
    ident: str, facts: list[tuple[Actor, RelationType, Actor]], actors: tuple[Actor, ...] = ()
) -> Extraction:
    """One article stating each fact in a sentence of its own."""
    sentences = [f"{s.name} {t.value.lower()} {o.name}." for s, t, o in facts]
    art = Article(id=ident, title=ident, published=data.D2, text=" ".join(sentences) or "-")
    relations = tuple(
        data.rel(art, s, t, o, data.D2, sentence)
        for (s, t, o), sentence in zip(facts, sentences, strict=True)
    )
    return Extraction(article=art, actors=(*actors, *OTHERS), relations=relations)


BASE = _article(
    "article:omar-base",
    [
        (NASSER, MET, data.RUBIO),
        (NASSER, URGED, data.RUSSIA),
        (NASSER, CONDEMNED, data.UKRAINE),
        (KHALIL, MET, data.RUBIO),
        (KHALIL, URGED, data.RUSSIA),
    ],
    (HADDAD, KHALIL, NASSER),
)
IN_THE_NEWS = _article(
    "article:haddad-news",
    [
        (HADDAD, MET, data.RUBIO),
        (HADDAD, URGED, data.RUSSIA),
        (HADDAD, CONDEMNED, data.UKRAINE),
        (HADDAD, MET, data.USA),
    ],
    (HADDAD,),
)
DUPLICATE = _article(
    "article:o-haddad",
    [
        (O_HADDAD, MET, data.USA),
        (O_HADDAD, URGED, data.UKRAINE),
        (O_HADDAD, CONDEMNED, data.RUSSIA),
        (O_HADDAD, RelationType.SUPPORTED, data.UKRAINE),
        (HADDAD, MET, O_HADDAD),  # one person meeting himself once merged: never counted
    ],
    (HADDAD, O_HADDAD),
)
QUIET_FIRST = ["Omar Nasser", "Omar Khalil", "Omar Haddad"]
HADDAD_FIRST = ["Omar Haddad", "Omar Nasser", "Omar Khalil"]
STORED = Statement(
    "stored_degrees", "MATCH (a:Actor) RETURN a.id AS id, a.canon AS canon, a.degree AS degree"
)
STRIP = Statement("strip_degrees", "MATCH (a:Actor) REMOVE a.degree")


def _ranked(store: CypherStore) -> list[str]:
    return [a.name for a in store.find_actors(ActorFilter(search="omar"), PageRequest()).items]


def _assert_degrees_are_counts(store: CypherStore) -> None:
    """The stored degree of every canonical actor is its number of visible relations (read
    through the API, whose relations name the actors their ends read as); merged ones have none."""
    counted: Counter[str] = Counter()
    for r in store.subgraph().relations:
        counted.update({r.source_id, r.target_id})
    stored = {row["id"]: row for row in store.run_read(STORED)}
    assert stored, "nothing stored"
    for ident, row in stored.items():
        expected = counted[ident] if row["canon"] == ident else None
        assert row["degree"] == expected, (ident, row, expected)


def test_ingesting_more_relations_raises_an_actor(store: CypherStore) -> None:
    store.write([BASE])
    assert _ranked(store) == QUIET_FIRST
    store.write([IN_THE_NEWS])
    assert _ranked(store) == HADDAD_FIRST
    _assert_degrees_are_counts(store)


def test_an_article_that_no_longer_reports_them_lowers_it_again(store: CypherStore) -> None:
    store.write([BASE, IN_THE_NEWS])
    store.write([IN_THE_NEWS.model_copy(update={"relations": ()})])
    assert _ranked(store) == QUIET_FIRST
    _assert_degrees_are_counts(store)
    store.write([IN_THE_NEWS])
    assert _ranked(store) == HADDAD_FIRST


def test_rejecting_its_relations_lowers_it_and_clearing_raises_it(store: CypherStore) -> None:
    store.write([BASE, IN_THE_NEWS])
    for wrong in IN_THE_NEWS.relations:
        store.reject_relation(wrong.id, "another Haddad")
    assert _ranked(store) == QUIET_FIRST
    _assert_degrees_are_counts(store)
    for relation in IN_THE_NEWS.relations:
        store.clear_judgement(relation.id)
    assert _ranked(store) == HADDAD_FIRST
    store.confirm_relation(IN_THE_NEWS.relations[0].id)
    assert _ranked(store) == HADDAD_FIRST
    _assert_degrees_are_counts(store)


def test_a_merged_duplicates_relations_count_for_the_keeper(store: CypherStore) -> None:
    store.write([BASE, DUPLICATE])
    assert _ranked(store) == QUIET_FIRST  # Haddad: one meeting, with his duplicate
    store.merge_actors(HADDAD.id, O_HADDAD.id)
    assert _ranked(store) == HADDAD_FIRST  # four of the duplicate's; meeting himself is not one
    _assert_degrees_are_counts(store)
    later = _article("article:o-haddad-later", [(O_HADDAD, MET, data.RUSSIA)], (O_HADDAD,))
    store.write([later])  # written under the merged id: counts for the keeper
    _assert_degrees_are_counts(store)
    store.unmerge_actor(O_HADDAD.id)
    assert _ranked(store) == QUIET_FIRST
    _assert_degrees_are_counts(store)


def test_merge_chains_and_rejections_inside_a_merge_keep_counts_exact(
    store: CypherStore,
) -> None:
    store.write([*data.ALL, BASE, IN_THE_NEWS, DUPLICATE])
    store.merge_actors(HADDAD.id, O_HADDAD.id)
    store.merge_actors(NASSER.id, HADDAD.id)  # a chain: the duplicate lands on Nasser too
    store.reject_relation(DUPLICATE.relations[0].id, "misread")
    _assert_degrees_are_counts(store)
    store.unmerge_actor(HADDAD.id)
    store.write([BASE.model_copy(update={"relations": BASE.relations[:2]})])
    _assert_degrees_are_counts(store)
    store.wipe()
    store.write([BASE])
    assert _ranked(store) == QUIET_FIRST
    _assert_degrees_are_counts(store)


def test_concurrent_writers_leave_exact_counts(store: CypherStore) -> None:
    """Writers, judges and a merge at once, all touching Haddad (on Neo4j, where transactions
    run concurrently, the recount's lock is what keeps this exact)."""
    store.write([BASE, IN_THE_NEWS, DUPLICATE])
    news = [
        _article(
            f"article:wire-{i}",
            [(HADDAD, MET, other), (KHALIL, URGED, other)],
            (HADDAD, KHALIL, other),
        )
        for i, other in enumerate((data.LAVROV, data.ZELENSKY, data.NATO, data.KARELINA))
    ]

    def work(i: int) -> None:
        if i < len(news):
            store.write([news[i]])
        elif i == len(news):
            store.merge_actors(HADDAD.id, O_HADDAD.id)
        else:
            store.reject_relation(IN_THE_NEWS.relations[i % 4].id, "misread")

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(work, range(len(news) + 5)))
    _assert_degrees_are_counts(store)


def test_a_store_written_before_degrees_is_counted_when_opened(engine: Engine) -> None:
    engine.store.wipe()
    engine.store.write([BASE, IN_THE_NEWS])
    engine.store.run_write(STRIP)  # what a store written by an earlier version holds
    assert _ranked(engine.store) == ["Omar Haddad", "Omar Khalil", "Omar Nasser"]  # names only
    reopened = engine.reopen()
    assert _ranked(reopened) == HADDAD_FIRST
    _assert_degrees_are_counts(reopened)
