"""Who is most in the news: each actor's relation count, and actor pages ordered by it.

The count is the stored degree (graph/degree.py); here it must equal what counting the actor's
relations says, after a merge and a rejection too, and MOST_RELATIONS pages must come in its
order, join without gaps or duplicates, honour the filters and refuse another order's cursor.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

import pytest

from schema.errors import InvalidInputError
from schema.models import Article, Extraction
from schema.ontology import ActorKind, RelationType
from schema.store import ActorFilter, ActorOrder, PageRequest, RelationFilter
from tests.contract import data

if TYPE_CHECKING:
    from graph.cypher_store import CypherStore

MOST = ActorOrder.MOST_RELATIONS
BUSY_TEXT = "Lavrov met the US envoy. Lavrov urged Ukraine to talk."
BUSY_ARTICLE = Article(
    id="article:lavrov-busy", title="Lavrov busy", published=data.D3, text=BUSY_TEXT
)
BUSY = Extraction(
    article=BUSY_ARTICLE,
    actors=(data.LAVROV, data.USA, data.UKRAINE),
    relations=(
        data.rel(BUSY_ARTICLE, data.LAVROV, RelationType.MET_WITH, data.USA, data.D3,
                 "Lavrov met the US envoy"),
        data.rel(BUSY_ARTICLE, data.LAVROV, RelationType.URGED, data.UKRAINE, data.D3,
                 "Lavrov urged Ukraine to talk"),
    ),
)  # fmt: skip
"""Makes Sergey Lavrov (three relations) busier than S. Lavrov (one), whom name order puts first."""


@pytest.fixture
def filled(store: CypherStore) -> CypherStore:
    store.write([*data.ALL, BUSY])
    return store


def _counted(store: CypherStore, ident: str) -> int:
    """What `relations { totalCount }` says for the actor, without filters."""
    return store.find_relations(RelationFilter(actor_id=ident), PageRequest(first=0)).total_count


def _listing(store: CypherStore, where: ActorFilter, first: int = 500) -> list[str]:
    """Every actor id of a listing, page after page."""
    ids: list[str] = []
    after = None
    while True:
        page = store.find_actors(where, PageRequest(first=first, after=after))
        ids += [a.id for a in page.items]
        if not page.has_next_page:
            return ids
        after = page.cursors[-1]


def _assert_counts_are_totals(store: CypherStore) -> None:
    ids = _listing(store, ActorFilter())
    counts = store.actor_relation_counts(ids)
    assert counts == [_counted(store, i) for i in ids]
    assert any(n and n > 1 for n in counts), counts


def test_relation_counts_equal_relation_totals_through_merges_and_rejections(
    filled: CypherStore,
) -> None:
    _assert_counts_are_totals(filled)
    assert filled.actor_relation_counts([data.RUSSIA.id, "person:nobody", data.LAVROV.id]) == [
        3,
        None,
        3,
    ]
    filled.merge_actors(data.LAVROV.id, data.S_LAVROV.id)
    _assert_counts_are_totals(filled)
    # a merged actor's id reads as its keeper, as get_actors does
    assert filled.actor_relation_counts([data.S_LAVROV.id]) == [4]
    filled.reject_relation(data.DETAINED.id, "misread")
    _assert_counts_are_totals(filled)
    assert filled.actor_relation_counts([data.RUSSIA.id, data.KARELINA.id]) == [2, 1]
    filled.unmerge_actor(data.S_LAVROV.id)
    _assert_counts_are_totals(filled)


def test_most_relations_first_then_name_order_in_pages_without_gaps(
    filled: CypherStore,
) -> None:
    whole = _listing(filled, ActorFilter(order=MOST))
    paged = _listing(filled, ActorFilter(order=MOST), first=2)
    assert paged == whole
    assert len(set(whole)) == len(whole) == data.ACTOR_COUNT
    counts = filled.actor_relation_counts(whole)
    assert counts == sorted(counts, key=lambda n: -(n or 0))
    names = {a.id: a.name.lower() for a in filled.get_actors(whole) if a}
    for (a, n), (b, m) in pairwise(zip(whole, counts, strict=True)):
        assert n != m or names[a] <= names[b], (a, b)  # ties in name order
    assert whole[:3] == [data.RUSSIA.id, data.LAVROV.id, data.UKRAINE.id]  # three each


def test_most_relations_with_search_and_filters(filled: CypherStore) -> None:
    search = ActorFilter(search="lavrov", order=MOST)
    assert _listing(filled, search, first=1) == [data.LAVROV.id, data.S_LAVROV.id]
    by_name = ActorFilter(search="lavrov", order=ActorOrder.NAME)
    assert _listing(filled, by_name, first=1) == [data.S_LAVROV.id, data.LAVROV.id]
    russians = ActorFilter(kind=ActorKind.PERSON, country="RUS", order=MOST)
    assert _listing(filled, russians) == [data.LAVROV.id, data.S_LAVROV.id]
    assert _listing(filled, ActorFilter(kind=ActorKind.PERSON, country="RUS")) == [
        data.S_LAVROV.id,
        data.LAVROV.id,
    ]
    countries = filled.find_actors(ActorFilter(kind=ActorKind.COUNTRY, order=MOST), PageRequest())
    assert [a.id for a in countries.items] == [data.RUSSIA.id, data.UKRAINE.id, data.USA.id]
    assert countries.total_count == 3


def test_a_cursor_from_name_order_is_refused_under_most_relations(filled: CypherStore) -> None:
    by_name = filled.find_actors(ActorFilter(), PageRequest(first=2))
    with pytest.raises(InvalidInputError, match="another listing"):
        filled.find_actors(ActorFilter(order=MOST), PageRequest(after=by_name.cursors[-1]))
    # asking NAME is the default listing itself: its cursors still page on
    rest = filled.find_actors(
        ActorFilter(order=ActorOrder.NAME), PageRequest(after=by_name.cursors[-1])
    )
    assert rest.items and not {a.id for a in rest.items} & {a.id for a in by_name.items}


def test_relevance_needs_a_search(filled: CypherStore) -> None:
    with pytest.raises(InvalidInputError, match="orderBy: RELEVANCE"):
        filled.find_actors(ActorFilter(order=ActorOrder.RELEVANCE), PageRequest())
    found = filled.find_actors(
        ActorFilter(search="lavrov", order=ActorOrder.RELEVANCE), PageRequest()
    )
    assert found.total_count == 2
