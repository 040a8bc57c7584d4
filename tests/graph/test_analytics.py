"""Network measures on hand-built subgraphs whose answers can be worked out on paper."""

from __future__ import annotations

from datetime import date

import pytest

from graph import analytics
from schema.errors import InvalidInputError, NotFoundError
from schema.models import Actor, Relation
from schema.ontology import ActorKind, RelationType, Status
from schema.store import Subgraph


def _actor(name: str) -> Actor:
    return Actor(id=f"person:{name}", name=name.title(), kind=ActorKind.PERSON)


def _rel(a: str, rtype: RelationType, b: str, confidence: float = 0.5) -> Relation:
    return Relation(
        id=f"rel:{a}-{rtype.value}-{b}-{confidence}",
        source_id=f"person:{a}",
        type=rtype,
        target_id=f"person:{b}",
        status=Status.OCCURRED,
        date=date(2025, 1, 1),
        confidence=confidence,
    )


MET, CONDEMNED = RelationType.MET_WITH, RelationType.CONDEMNED
# two triangles (a, b, c) and (x, y, z) joined by a bridge c - x; loner has no relation
NAMES = ["a", "b", "c", "x", "y", "z", "loner"]
EDGES = [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")]
BRIDGED = Subgraph(
    actors=[_actor(n) for n in NAMES],
    relations=[_rel(u, MET, v) for u, v in EDGES],
)


def test_betweenness_puts_the_bridge_first() -> None:
    top = analytics.centrality(BRIDGED, "BETWEENNESS", 2)
    assert [node for node, _ in top] == ["person:c", "person:x"]
    # c and x each sit on the 6 of 15 shortest paths that cross the bridge
    assert [score for _, score in top] == pytest.approx([6 / 15, 6 / 15])


def test_degree_counts_neighbours_not_relations() -> None:
    doubled = Subgraph(BRIDGED.actors, [*BRIDGED.relations, _rel("a", CONDEMNED, "b")])
    scores = dict(analytics.centrality(doubled, "degree", 10))
    assert scores["person:a"] == scores["person:y"] == pytest.approx(2 / 6)
    assert scores["person:loner"] == 0.0


def test_pagerank_rewards_being_the_target() -> None:
    star = Subgraph(
        actors=[_actor(n) for n in ["hub", "p", "q", "r"]],
        relations=[_rel(n, CONDEMNED, "hub") for n in ["p", "q", "r"]],
    )
    [(first, score)] = analytics.centrality(star, "PAGERANK", 1)
    assert first == "person:hub" and score > 0.4


def test_unknown_measure_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="measure 'CLOSENESS'"):
        analytics.centrality(BRIDGED, "CLOSENESS", 3)


def test_communities_are_the_two_triangles_and_stable() -> None:
    groups = analytics.communities(BRIDGED)
    assert groups[:2] == [
        ["person:a", "person:b", "person:c"],
        ["person:x", "person:y", "person:z"],
    ]
    assert groups[2] == ["person:loner"]
    assert analytics.communities(BRIDGED) == groups
    assert analytics.communities(Subgraph()) == []


def test_ego_network_keeps_relations_among_neighbours() -> None:
    ego = analytics.ego_network(BRIDGED, "person:c", radius=1)
    assert {a.id for a in ego.actors} == {"person:a", "person:b", "person:c", "person:x"}
    assert len(ego.relations) == 4  # a-b, b-c, a-c, c-x
    with pytest.raises(NotFoundError):
        analytics.ego_network(BRIDGED, "person:nobody")


def test_shortest_path_names_the_relation_of_each_hop() -> None:
    sure = _rel("c", CONDEMNED, "x", confidence=0.9)
    sub = Subgraph(BRIDGED.actors, [*BRIDGED.relations, sure])
    path = analytics.shortest_path(sub, "person:a", "person:z")
    assert path is not None
    assert [(r.source_id, r.target_id) for r in path] == [
        ("person:a", "person:c"),
        ("person:c", "person:x"),
        ("person:x", "person:z"),
    ]
    assert path[1] == sure  # the most confident of the two c - x relations
    assert analytics.shortest_path(sub, "person:a", "person:loner") is None
