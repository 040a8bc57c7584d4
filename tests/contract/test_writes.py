"""Writes: idempotent, sources counted once per article, whole or nothing, persistent."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from schema.errors import InvalidInputError
from schema.models import Evidence, Extraction, Relation
from schema.ontology import RelationType, Status
from schema.store import StoreCounts
from tests.contract import data

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore
    from tests.contract.conftest import Engine


def test_writing_the_same_batch_twice_changes_nothing(store: CypherStore) -> None:
    summary = store.write(data.ALL)
    first = store.counts()
    store.write(data.ALL)
    assert store.counts() == first
    assert summary.articles == 3 and summary.relations == data.RELATION_COUNT
    assert first == StoreCounts(
        articles=3, actors=data.ACTOR_COUNT, events=5, relations=data.RELATION_COUNT, sources=7
    )


def test_a_second_article_adds_a_source_not_a_duplicate(store: CypherStore) -> None:
    store.write([data.X1])
    (alone,) = store.get_relations([data.MET.id])
    assert alone is not None and alone.source_count == 1
    store.write([data.X2])
    store.write([data.X2])  # the same article again never counts twice
    (met,) = store.get_relations([data.MET.id])
    assert met is not None
    assert met.source_count == 2
    assert sorted(e.article_id for e in met.evidence) == [data.A1.id, data.A2.id]
    assert store.counts().relations == 3


def test_separate_batches_and_one_batch_store_the_same(store: CypherStore) -> None:
    for x in data.ALL:
        store.write([x])
    apart = store.counts()
    store.wipe()
    store.write(data.ALL)
    assert store.counts() == apart


def test_reingesting_an_article_replaces_its_evidence(store: CypherStore) -> None:
    store.write([data.X1])
    moved = data.MET.model_copy(
        update={"evidence": (Evidence(article_id=data.A1.id, sentence="Lavrov", start=0, end=6),)}
    )
    store.write([data.X1.model_copy(update={"relations": (moved, data.DETAINED)})])
    assert store.evidence_for([data.MET.id]) == {data.MET.id: list(moved.evidence)}


def test_evidence_text_survives_quotes_and_newlines(store: CypherStore) -> None:
    sentence = 'He said "no" \\ twice.\nThen left.'
    odd = data.MET.model_copy(
        update={"evidence": (Evidence(article_id=data.A1.id, sentence=sentence, start=0, end=5),)}
    )
    store.write([data.X1.model_copy(update={"relations": (odd,)})])
    assert store.evidence_for([data.MET.id])[data.MET.id][0].sentence == sentence


def _broken(problem: str) -> Extraction:
    if problem == "nul character":
        nul = Evidence(article_id=data.A1.id, sentence="a\x00b", start=0, end=3)
        bad = data.MET.model_copy(update={"evidence": (nul,)})
    elif problem == "unknown actor":
        bad = data.MET.model_copy(update={"target_id": "person:nobody"})
    elif problem == "foreign evidence":
        elsewhere = Evidence(article_id="article:other", sentence="x", start=0, end=1)
        bad = data.MET.model_copy(update={"evidence": (elsewhere,)})
    else:
        bad = data.MET.model_copy(update={"target_id": data.LAVROV.id})
    return data.X1.model_copy(update={"relations": (data.DETAINED, bad)})


@pytest.mark.parametrize(
    ("problem", "message"),
    [
        ("unknown actor", "names unknown actors ['person:nobody']"),
        ("foreign evidence", "cites article 'article:other'"),
        ("self loop", "to itself"),
        ("nul character", "contains a NUL character"),
    ],
)
def test_bad_input_is_refused_whole_with_a_clear_error(
    store: CypherStore, problem: str, message: str
) -> None:
    store.write([data.X3])
    before = store.counts()
    with pytest.raises(InvalidInputError, match="article 'article:riyadh-1'") as caught:
        store.write([data.X2, _broken(problem)])
    assert message in str(caught.value)
    assert store.counts() == before  # neither the good nor the bad extraction was written
    assert store.get_articles([data.A2.id]) == [None]


def test_not_an_extraction_is_refused(store: CypherStore) -> None:
    with pytest.raises(InvalidInputError, match="batch item 0: is a dict"):
        store.write([{"article": {}}])  # type: ignore[list-item]


def test_relations_may_point_at_actors_stored_earlier(store: CypherStore) -> None:
    store.write([data.X1])
    later = Relation(
        id="rel:later",
        source_id=data.RUBIO.id,
        type=RelationType.URGED,
        target_id=data.RUSSIA.id,
        status=Status.PLANNED,
        confidence=0.5,
    )
    article = data.A3.model_copy(update={"id": "article:later", "text": ""})
    store.write([Extraction(article=article, relations=(later,))])
    assert store.get_relations(["rel:later"]) == [later]


def test_data_survives_closing_and_reopening(engine: Engine) -> None:
    engine.store.wipe()
    engine.store.write(data.ALL)
    before = engine.store.counts()
    reopened = engine.reopen()
    assert reopened.counts() == before
    assert reopened.get_actors([data.LAVROV.id])[0] is not None
    reopened.write(data.ALL)  # and constraints still hold after reopening
    assert reopened.counts() == before


def test_reingesting_an_article_retracts_what_it_no_longer_reports(store: CypherStore) -> None:
    store.write([data.X1, data.X2])
    before = store.counts()
    revised = data.X1.model_copy(
        update={"relations": (data.DETAINED,), "events": (data.DETENTION,)}
    )
    store.write([revised])
    (met,) = store.get_relations([data.MET.id])
    assert met is not None and met.source_count == 1  # still reported by the second article
    assert [e.article_id for e in met.evidence] == [data.A2.id]
    (meeting,) = store.get_events([data.MEETING.id])
    assert meeting is not None and meeting.article_ids == (data.A2.id,)
    store.write([revised.model_copy(update={"relations": (), "events": ()})])
    assert store.get_relations([data.DETAINED.id]) == [None]  # nobody reports it any more
    assert store.get_events([data.DETENTION.id]) == [None]
    after = store.counts()
    assert (after.relations, after.sources, after.events) == (
        before.relations - 1,
        before.sources - 2,
        before.events - 1,
    )
    store.write([data.X1])  # and everything comes back when the article says it again
    assert store.counts() == before
