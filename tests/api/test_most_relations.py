"""Who is most in the news, over HTTP: `Actor.relationCount` and `actors(orderBy:)`.

relationCount must say what `relations { totalCount }` says, for a page of actors in one store
call, and still after a merge and a rejection; MOST_RELATIONS pages come busiest first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.api import seed
from tests.api.conftest import API_KEY

if TYPE_CHECKING:
    from tests.api.live import CountingStore, GraphQLClient

COUNTS = """query { actors(first: 100) {
  edges { node { id relationCount relations { totalCount } } } } }"""

BUSIEST = """query Busiest($first: Int, $after: String, $search: String, $kind: ActorKind,
                    $country: String) {
  actors(orderBy: MOST_RELATIONS, first: $first, after: $after, search: $search, kind: $kind,
         country: $country) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name relationCount } } } }"""


def _counts(client: GraphQLClient) -> dict[str, tuple[int, int]]:
    """(relationCount, relations.totalCount) of every actor."""
    edges = client.data(COUNTS)["actors"]["edges"]
    return {
        e["node"]["id"]: (e["node"]["relationCount"], e["node"]["relations"]["totalCount"])
        for e in edges
    }


def _assert_counts_agree(client: GraphQLClient) -> dict[str, int]:
    found = _counts(client)
    assert len(found) >= len(seed.ACTORS)
    for ident, (stored, counted) in found.items():
        assert stored == counted, ident
    return {ident: pair[0] for ident, pair in found.items()}


def _busiest(client: GraphQLClient, first: int, **where: Any) -> list[dict[str, Any]]:
    """Every node of a MOST_RELATIONS listing, page after page."""
    nodes: list[dict[str, Any]] = []
    after = None
    while True:
        page = client.data(BUSIEST, {"first": first, "after": after, **where})["actors"]
        nodes += [e["node"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            assert len(nodes) == page["totalCount"]
            return nodes
        after = page["pageInfo"]["endCursor"]


def test_relation_count_is_the_relations_total_for_a_page_in_one_store_call(
    client: GraphQLClient, store: CountingStore
) -> None:
    store.calls.clear()
    query = "{ actors(first: 100) { edges { node { id relationCount } } } }"
    counts = {
        e["node"]["id"]: e["node"]["relationCount"] for e in client.data(query)["actors"]["edges"]
    }
    assert store.calls["actor_relation_counts"] == 1, dict(store.calls)
    assert counts[seed.ISOLATE.id] == 0 and counts[seed.LAVROV.id] > 1
    _assert_counts_agree(client)


def test_relation_count_follows_a_merge_and_a_rejection(client: GraphQLClient) -> None:
    before = _assert_counts_agree(client)
    merge = "mutation($k: ID!, $d: ID!) { mergeActors(keepId: $k, dropId: $d) { relationCount } }"
    merged = client.data(merge, {"k": seed.LAVROV.id, "d": seed.FIDAN.id}, api_key=API_KEY)
    after_merge = _assert_counts_agree(client)
    assert merged["mergeActors"]["relationCount"] == after_merge[seed.LAVROV.id]
    assert after_merge[seed.LAVROV.id] > before[seed.LAVROV.id]
    assert seed.FIDAN.id not in after_merge  # listed as Lavrov now
    via_merged_id = client.data(
        "query($id: ID!) { actor(id: $id) { id relationCount } }", {"id": seed.FIDAN.id}
    )
    assert via_merged_id["actor"] == {
        "id": seed.LAVROV.id,
        "relationCount": after_merge[seed.LAVROV.id],
    }

    lavrovs = client.data(
        "query($id: ID!) { actor(id: $id) { relations(first: 1) { edges { node { id } } } } }",
        {"id": seed.LAVROV.id},
    )
    wrong = lavrovs["actor"]["relations"]["edges"][0]["node"]["id"]
    reject = 'mutation($id: ID!) { rejectRelation(id: $id, reason: "misread") }'
    client.data(reject, {"id": wrong}, api_key=API_KEY)
    after_reject = _assert_counts_agree(client)
    assert after_reject[seed.LAVROV.id] == after_merge[seed.LAVROV.id] - 1

    client.data(
        "mutation($id: ID!) { clearJudgement(id: $id) { id } }", {"id": wrong}, api_key=API_KEY
    )
    client.data(
        "mutation($d: ID!) { unmergeActor(dropId: $d) { id } }",
        {"d": seed.FIDAN.id},
        api_key=API_KEY,
    )
    assert _assert_counts_agree(client) == before


def test_most_relations_pages_come_busiest_first_without_gaps(client: GraphQLClient) -> None:
    nodes = _busiest(client, first=3)
    ids = [n["id"] for n in nodes]
    assert len(ids) == len(set(ids)) == len(seed.ACTORS_ALL)
    counts = [n["relationCount"] for n in nodes]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > 0 and counts[-1] == 0  # Jane Hermit is in no relation at all


def test_most_relations_with_filters_and_search(client: GraphQLClient) -> None:
    people = _busiest(client, first=2, kind="PERSON", country="usa")
    assert {n["id"] for n in people} == {seed.BLINKEN.id, seed.GERSHKOVICH.id}
    counts = [n["relationCount"] for n in people]
    assert counts == sorted(counts, reverse=True)
    found = _busiest(client, first=1, search="lavrov")
    assert [n["id"] for n in found] == [seed.LAVROV.id]


def test_a_name_order_cursor_is_refused_under_most_relations(client: GraphQLClient) -> None:
    by_name = client.data("{ actors(first: 2) { pageInfo { endCursor } } }")
    cursor = by_name["actors"]["pageInfo"]["endCursor"]
    body = client.execute(BUSIEST, {"first": 2, "after": cursor})
    assert "another listing" in body["errors"][0]["message"], body


def test_relevance_without_a_search_is_refused_by_name(client: GraphQLClient) -> None:
    body = client.execute("{ actors(orderBy: RELEVANCE) { totalCount } }")
    assert body["errors"][0]["message"].startswith("orderBy: RELEVANCE: needs `search`"), body
