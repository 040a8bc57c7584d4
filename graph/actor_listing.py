"""Which statements list actors in which order, and the order a listing gets by default.

Three orders over the same filters: by name, by how well the name matches a search, and by how
many visible relations the actor is in (who is most in the news). Each is its own statement
keyset-paginated on one string key (graph/queries.py), so a page never repeats or skips one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schema.errors import InvalidInputError
from schema.store import ActorOrder

if TYPE_CHECKING:
    from graph.queries import Queries
    from graph.statements import Statement
    from schema.store import ActorFilter


def actor_order(where: ActorFilter) -> ActorOrder:
    """The order an actor listing asked for, or its default: RELEVANCE when searching, NAME
    otherwise (what `actors` did before it took an order). RELEVANCE ranks names by how well
    they match the search, so it means nothing without one: a clear error, not name order."""
    if where.order is None:
        return ActorOrder.NAME if where.search is None else ActorOrder.RELEVANCE
    if where.order == ActorOrder.RELEVANCE and where.search is None:
        raise InvalidInputError(
            "orderBy: RELEVANCE",
            "needs `search` (relevance is how well a name matches it)",
            "give `search`, or order by NAME or MOST_RELATIONS",
        )
    return ActorOrder(where.order)


def actor_statements(
    queries: Queries, order: ActorOrder, searching: bool
) -> tuple[Statement, Statement]:
    """The page and count statements of one actor listing (the count ignores the order)."""
    if searching:
        found = {
            ActorOrder.NAME: queries.find_actors_search_by_name,
            ActorOrder.RELEVANCE: queries.find_actors_search,
            ActorOrder.MOST_RELATIONS: queries.find_actors_search_most_relations,
        }[order]
        return found, queries.count_actors_search
    most = order == ActorOrder.MOST_RELATIONS
    return (
        queries.find_actors_most_relations if most else queries.find_actors
    ), queries.count_actors
