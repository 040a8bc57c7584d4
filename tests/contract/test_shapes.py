"""Graph shapes: neighbourhoods, shortest paths, subgraphs for analytics."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from schema.errors import InvalidInputError, NotFoundError
from schema.ontology import RelationType
from tests.contract import data

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore


@pytest.fixture
def filled(store: CypherStore) -> CypherStore:
    store.write(data.ALL)
    return store


def test_neighbourhood_grows_with_depth(filled: CypherStore) -> None:
    one = filled.neighbourhood(data.ZELENSKY.id, 1)
    assert {a.id for a in one.actors} == {data.ZELENSKY.id, data.RUSSIA.id}
    assert [r.id for r in one.relations] == [data.CONDEMNED.id]
    two = filled.neighbourhood(data.ZELENSKY.id, 2)
    assert {a.id for a in two.actors} == {data.ZELENSKY.id, data.RUSSIA.id, data.KARELINA.id}
    assert {r.id for r in two.relations} == {
        data.CONDEMNED.id,
        data.DETAINED.id,
        data.RELEASED.id,
    }


def test_neighbourhood_filters_types_and_dates(filled: CypherStore) -> None:
    only = filled.neighbourhood(data.RUSSIA.id, 1, types=[RelationType.CONDEMNED])
    assert [r.id for r in only.relations] == [data.CONDEMNED.id]
    early = filled.neighbourhood(data.RUSSIA.id, 1, date_to=date(2025, 2, 18))
    assert [r.id for r in early.relations] == [data.DETAINED.id]


def test_neighbourhood_refuses_bad_depth_and_unknown_actor(filled: CypherStore) -> None:
    with pytest.raises(InvalidInputError, match="depth=4"):
        filled.neighbourhood(data.RUSSIA.id, 4)
    with pytest.raises(NotFoundError, match="person:nobody"):
        filled.neighbourhood("person:nobody", 1)


def test_shortest_path_lists_relations_hop_by_hop(filled: CypherStore) -> None:
    # Zelensky -> Russia -> Karelina; Lavrov and Rubio are not connected to them
    path = filled.shortest_path(data.ZELENSKY.id, data.KARELINA.id, 3)
    assert path is not None
    assert [r.id for r in path] == [data.CONDEMNED.id, data.DETAINED.id]
    assert filled.shortest_path(data.ZELENSKY.id, data.KARELINA.id, 1) is None
    assert filled.shortest_path(data.ZELENSKY.id, data.RUBIO.id, 6) is None
    assert filled.shortest_path(data.RUBIO.id, data.RUBIO.id, 2) == []
    only = [RelationType.CONDEMNED, RelationType.RELEASED]
    assert [
        r.id for r in filled.shortest_path(data.ZELENSKY.id, data.KARELINA.id, 3, only) or []
    ] == [
        data.CONDEMNED.id,
        data.RELEASED.id,
    ]


def test_subgraph_by_types_and_dates(filled: CypherStore) -> None:
    whole = filled.subgraph()
    assert len(whole.relations) == data.RELATION_COUNT
    assert len(whole.actors) == 8  # every actor in a relation (the United States is in none)
    march = filled.subgraph(date_from=date(2025, 3, 1))
    assert {r.id for r in march.relations} == {data.URGED.id, data.BACKED.id, data.RELEASED.id}
    meetings = filled.subgraph(types=[RelationType.MET_WITH])
    assert {a.id for a in meetings.actors} == {data.LAVROV.id, data.RUBIO.id}
