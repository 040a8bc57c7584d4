"""Network measures over a subgraph pulled from the store (networkx).

Pure functions of a `Subgraph`: the caller chooses which relations count (types, dates) by how it
asks the store, so the same measure can be compared across time windows. Actors are nodes;
relations are edges, several relations between two actors adding to one edge's weight. Degree,
betweenness and communities read the network undirected (who is connected to whom); PageRank
reads it directed (symmetric types such as MET_WITH point both ways), so being condemned or
visited by many raises an actor's rank.
"""

from __future__ import annotations

from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING

import networkx as nx

from schema.errors import InvalidInputError, NotFoundError
from schema.store import Subgraph

if TYPE_CHECKING:
    from schema.models import Relation

SEED = 7
"""Louvain is randomised; a fixed seed gives the same communities for the same subgraph."""


class Measure(StrEnum):
    DEGREE = "DEGREE"
    BETWEENNESS = "BETWEENNESS"
    PAGERANK = "PAGERANK"


def undirected(sub: Subgraph) -> nx.Graph:
    """Actors joined by an edge weighted by how many relations link them."""
    graph = nx.Graph()
    graph.add_nodes_from(a.id for a in sub.actors)
    for r in sub.relations:
        if graph.has_edge(r.source_id, r.target_id):
            graph[r.source_id][r.target_id]["weight"] += 1
            graph[r.source_id][r.target_id]["relations"].append(r)
        else:
            graph.add_edge(r.source_id, r.target_id, weight=1, relations=[r])
    return graph


def directed(sub: Subgraph) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(a.id for a in sub.actors)
    for r in sub.relations:
        ends = [(r.source_id, r.target_id)]
        if r.type.symmetric:
            ends.append((r.target_id, r.source_id))
        for u, v in ends:
            weight = graph[u][v]["weight"] + 1 if graph.has_edge(u, v) else 1
            graph.add_edge(u, v, weight=weight)
    return graph


def centrality(sub: Subgraph, measure: str, top: int = 10) -> list[tuple[str, float]]:
    """The `top` actors by `measure` (DEGREE, BETWEENNESS or PAGERANK), highest first."""
    try:
        chosen = Measure(measure.upper())
    except ValueError as exc:
        names = ", ".join(Measure)
        raise InvalidInputError(f"measure {measure!r}", f"must be one of {names}") from exc
    if top < 1:
        raise InvalidInputError(f"top={top}", "must be at least 1")
    if not sub.actors and not sub.relations:
        return []
    scores: dict[str, float]
    if chosen is Measure.DEGREE:
        scores = nx.degree_centrality(undirected(sub))
    elif chosen is Measure.BETWEENNESS:
        scores = nx.betweenness_centrality(undirected(sub))
    else:
        scores = nx.pagerank(directed(sub), weight="weight")
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [(node, float(score)) for node, score in ranked[:top]]


def communities(sub: Subgraph, seed: int = SEED) -> list[list[str]]:
    """Louvain communities, largest first, each sorted; isolated actors form their own."""
    graph = undirected(sub)
    if graph.number_of_nodes() == 0:
        return []
    groups = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    return sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g[0]))


def ego_network(sub: Subgraph, actor_id: str, radius: int = 1) -> Subgraph:
    """The actors within `radius` hops of `actor_id` and every relation among them."""
    graph = undirected(sub)
    if actor_id not in graph:
        raise NotFoundError("actor", actor_id)
    keep = set(nx.ego_graph(graph, actor_id, radius=radius).nodes)
    return Subgraph(
        actors=[a for a in sub.actors if a.id in keep],
        relations=[r for r in sub.relations if r.source_id in keep and r.target_id in keep],
    )


def shortest_path(sub: Subgraph, from_id: str, to_id: str) -> list[Relation] | None:
    """One relation per hop from `from_id` to `to_id` (the most confident where several link
    the same pair), or None when they are not connected."""
    graph = undirected(sub)
    for ident in (from_id, to_id):
        if ident not in graph:
            raise NotFoundError("actor", ident)
    try:
        nodes = nx.shortest_path(graph, from_id, to_id)
    except nx.NetworkXNoPath:
        return None
    hops: list[Relation] = []
    for u, v in pairwise(nodes):
        options: list[Relation] = graph[u][v]["relations"]
        hops.append(max(options, key=lambda r: (r.confidence, r.source_count, r.id)))
    return hops
