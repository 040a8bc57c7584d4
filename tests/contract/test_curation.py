"""Curation: merges and relation judgements apply on every read, survive re-ingest, undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from schema.errors import InvalidInputError, NotFoundError
from schema.store import ActorFilter, PageRequest, RelationFilter
from tests.contract import data

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore


@pytest.fixture
def filled(store: CypherStore) -> CypherStore:
    store.write(data.ALL)
    return store


def _lavrov_relations(store: CypherStore) -> set[str]:
    page = store.find_relations(RelationFilter(actor_id=data.LAVROV.id), PageRequest())
    return {r.id for r in page.items}


def test_merge_moves_facts_to_the_keeper_and_hides_the_dropped(filled: CypherStore) -> None:
    kept = filled.merge_actors(data.LAVROV.id, data.S_LAVROV.id)
    assert kept.id == data.LAVROV.id and "S. Lavrov" in kept.aliases
    assert _lavrov_relations(filled) == {data.MET.id, data.URGED.id}
    (urged,) = filled.get_relations([data.URGED.id])
    assert urged is not None and urged.source_id == data.LAVROV.id
    listed = filled.find_actors(ActorFilter(search="lavrov"), PageRequest())
    assert [a.id for a in listed.items] == [data.LAVROV.id]
    assert filled.counts().actors == data.ACTOR_COUNT - 1
    assert {e.id for e in filled.timeline(data.LAVROV.id, None, None)} == {
        data.MEETING.id,
        data.APPEAL.id,
    }
    path = filled.shortest_path(data.RUBIO.id, data.UKRAINE.id, 2)
    assert [r.id for r in path or []] == [data.MET.id, data.URGED.id]


def test_merge_survives_reingest_and_can_be_undone(filled: CypherStore) -> None:
    filled.merge_actors(data.LAVROV.id, data.S_LAVROV.id)
    filled.write([data.X3])  # names the dropped actor again
    assert _lavrov_relations(filled) == {data.MET.id, data.URGED.id}
    assert filled.find_actors(ActorFilter(search="S. Lavrov"), PageRequest()).total_count == 1
    filled.unmerge_actor(data.S_LAVROV.id)
    assert _lavrov_relations(filled) == {data.MET.id}
    assert filled.counts().actors == data.ACTOR_COUNT
    (back,) = filled.get_actors([data.S_LAVROV.id])
    assert back is not None and back.id == data.S_LAVROV.id


def test_merge_chains_land_on_the_last_keeper(filled: CypherStore) -> None:
    filled.merge_actors(data.LAVROV.id, data.S_LAVROV.id)
    filled.merge_actors(data.RUBIO.id, data.LAVROV.id)  # absurd, but must stay consistent
    assert filled.get_actors([data.S_LAVROV.id])[0].id == data.RUBIO.id  # type: ignore[union-attr]
    (met,) = filled.get_relations([data.MET.id])
    assert met is None  # a relation whose ends became one actor is not a relation
    filled.unmerge_actor(data.LAVROV.id)
    assert filled.get_actors([data.S_LAVROV.id])[0].id == data.LAVROV.id  # type: ignore[union-attr]


def test_bad_merges_are_refused(filled: CypherStore) -> None:
    with pytest.raises(InvalidInputError, match="PERSON cannot become a COUNTRY"):
        filled.merge_actors(data.RUSSIA.id, data.LAVROV.id)
    with pytest.raises(NotFoundError, match="person:nobody"):
        filled.merge_actors(data.LAVROV.id, "person:nobody")
    with pytest.raises(InvalidInputError, match="into itself"):
        filled.merge_actors(data.LAVROV.id, data.LAVROV.id)
    with pytest.raises(InvalidInputError, match="is not merged"):
        filled.unmerge_actor(data.LAVROV.id)
    filled.merge_actors(data.LAVROV.id, data.S_LAVROV.id)
    with pytest.raises(InvalidInputError, match="unmerge 'person:s-lavrov' first"):
        filled.merge_actors(data.S_LAVROV.id, data.LAVROV.id)


def test_rejected_relation_stays_hidden_after_reingest(filled: CypherStore) -> None:
    before = filled.counts()
    filled.reject_relation(data.CONDEMNED.id, "misread: Zelensky was quoted, not speaking")
    filled.write(data.ALL)
    assert filled.get_relations([data.CONDEMNED.id]) == [None]
    assert filled.evidence_for([data.CONDEMNED.id]) == {}
    assert data.CONDEMNED.id not in {r.id for r in filled.subgraph().relations}
    assert filled.shortest_path(data.ZELENSKY.id, data.RUSSIA.id, 3) is None
    after = filled.counts()
    assert (after.relations, after.sources) == (before.relations - 1, before.sources - 1)
    filled.clear_judgement(data.CONDEMNED.id)
    assert filled.get_relations([data.CONDEMNED.id])[0] is not None
    assert filled.counts() == before


def test_confirmed_relation_says_so_until_cleared(filled: CypherStore) -> None:
    filled.confirm_relation(data.MET.id)
    filled.write([data.X1])
    (met,) = filled.get_relations([data.MET.id])
    assert met is not None and met.curation == "CONFIRMED"
    filled.clear_judgement(data.MET.id)
    assert filled.get_relations([data.MET.id])[0].curation is None  # type: ignore[union-attr]


def test_judging_an_unknown_relation_or_without_reason_fails(filled: CypherStore) -> None:
    with pytest.raises(NotFoundError, match="rel:none"):
        filled.confirm_relation("rel:none")
    with pytest.raises(InvalidInputError, match="needs a reason"):
        filled.reject_relation(data.MET.id, "  ")
