"""Researchers and dashboards query a live server over HTTP: filters, pages, graphs, provenance."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from schema.ontology import QuadClass, RelationType
from tests.api import seed

if TYPE_CHECKING:
    from tests.api.live import CountingStore, GraphQLClient, LiveServer

RELATION_PAGE = """
query Page($first: Int, $after: String, $type: RelationType) {
  relations(first: $first, after: $after, type: $type) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id type date source { id name } target { id name country }
            evidence { sentence start end article { id title url published } } } }
  }
}"""


def _page_through(client: GraphQLClient, field: str, query: str, size: int) -> list[str]:
    ids: list[str] = []
    after: str | None = None
    while True:
        found = client.data(query, {"first": size, "after": after})[field]
        ids += [edge["node"]["id"] for edge in found["edges"]]
        if not found["pageInfo"]["hasNextPage"]:
            assert len(ids) == found["totalCount"]
            return ids
        after = found["pageInfo"]["endCursor"]


def test_relations_page_to_the_end_without_gaps_or_repeats(client: GraphQLClient) -> None:
    ids = _page_through(client, "relations", RELATION_PAGE, 7)
    everything = {r.id for x in seed.extractions() for r in x.relations}
    assert len(ids) == len(set(ids)) == len(everything)
    assert set(ids) == everything


def test_actors_page_to_the_end(client: GraphQLClient) -> None:
    query = """query($first: Int, $after: String) { actors(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }"""
    ids = _page_through(client, "actors", query, 4)
    assert sorted(ids) == sorted(a.id for a in seed.ACTORS_ALL)


def test_events_page_to_the_end(client: GraphQLClient) -> None:
    query = """query($first: Int, $after: String) { events(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }"""
    ids = _page_through(client, "events", query, 11)
    assert sorted(ids) == sorted({e.id for x in seed.extractions() for e in x.events})


def test_actors_by_kind_country_and_name(client: GraphQLClient) -> None:
    found = client.data(
        '{ actors(kind: PERSON, country: "RUS") { totalCount edges { node { id name } } } }'
    )["actors"]
    assert [e["node"]["id"] for e in found["edges"]] == [seed.LAVROV.id]
    named = client.data('{ actors(search: "Lavrov") { edges { node { id } } } }')["actors"]
    assert seed.LAVROV.id in [e["node"]["id"] for e in named["edges"]]
    states = client.data("{ actors(kind: COUNTRY) { totalCount } }")["actors"]
    assert states["totalCount"] == 5


def test_actor_with_roles_and_own_relations(client: GraphQLClient) -> None:
    actor = client.data(
        """{ actor(id: "person:sergey-lavrov") { name kind country aliases
             roles { title organization { id name } }
             relations(type: MET_WITH, first: 3) { totalCount edges { node { type } } } } }"""
    )["actor"]
    assert actor["name"] == "Sergey Lavrov" and actor["kind"] == "PERSON"
    assert actor["roles"] == [
        {"title": "Foreign Minister", "organization": {"id": "country:RUS", "name": "Russia"}}
    ]
    met = [r for x in seed.extractions() for r in x.relations if r.type.value == "MET_WITH"]
    expected = sum(seed.LAVROV.id in (r.source_id, r.target_id) for r in met)
    assert actor["relations"]["totalCount"] == expected
    assert len(actor["relations"]["edges"]) == 3
    assert client.data('{ actor(id: "person:nobody") { id } }')["actor"] is None


def test_who_detained_whom_with_evidence_and_codes(client: GraphQLClient) -> None:
    found = client.data(
        """{ relations(type: DETAINED) { totalCount edges { node {
             source { name } target { name } date cameo plover sourceCount
             evidence { sentence article { title url } } } } } }"""
    )["relations"]
    assert found["totalCount"] == 1
    rel = found["edges"][0]["node"]
    assert (rel["source"]["name"], rel["target"]["name"]) == ("Russia", "Evan Gershkovich")
    assert (rel["cameo"], rel["plover"], rel["date"]) == ("173", "COERCE", "2024-03-21")
    assert rel["evidence"] == [
        {
            "sentence": "Russia arrested Evan Gershkovich.",
            "article": {
                "title": "Diplomacy Watch 2",
                "url": "https://news.example.org/diplomacy-watch-2",
            },
        }
    ]


def test_relations_by_source_and_dates(client: GraphQLClient) -> None:
    found = client.data(
        """{ relations(sourceId: "country:USA", type: SANCTIONED, from: "2024-03-15",
             to: "2024-04-15") { totalCount edges { node { date target { id } } } } }"""
    )["relations"]
    dates = sorted(e["node"]["date"] for e in found["edges"])
    assert dates == ["2024-03-21", "2024-03-31", "2024-04-10"]
    assert {e["node"]["target"]["id"] for e in found["edges"]} == {"country:RUS"}


def test_events_by_type_actor_and_their_sources(client: GraphQLClient) -> None:
    found = client.data(
        """{ events(type: DETENTION) { totalCount edges { node {
             type date status participants { id name } place sources { id title } } } } }"""
    )["events"]
    assert found["totalCount"] == 1
    event = found["edges"][0]["node"]
    assert {p["id"] for p in event["participants"]} == {seed.RUSSIA.id, seed.GERSHKOVICH.id}
    assert event["sources"] == [{"id": "article:seed-2", "title": "Diplomacy Watch 2"}]
    meetings = client.data(
        '{ events(type: MEETING, actorId: "person:wang-yi", from: "2024-04-01") { totalCount } }'
    )["events"]
    expected = {
        e.id
        for x in seed.extractions()
        for e in x.events
        if e.type.value == "MEETING"
        and seed.WANG.id in e.participant_ids
        and e.date is not None
        and e.date.isoformat() >= "2024-04-01"
    }
    assert meetings["totalCount"] == len(expected) > 0


def test_events_say_who_did_what_and_filter_by_role(client: GraphQLClient) -> None:
    query = (
        "{ events(type: DETENTION) { edges { node { participations { role actor { id } } } } } }"
    )
    (detention,) = [edge["node"] for edge in client.data(query)["events"]["edges"]]
    roles = {p["actor"]["id"]: p["role"] for p in detention["participations"]}
    assert roles == {seed.RUSSIA.id: "CAPTOR", seed.GERSHKOVICH.id: "DETAINEE"}

    def count(args: str) -> int:
        return int(client.data(f"{{ events({args}) {{ totalCount }} }}")["events"]["totalCount"])

    russia = f'actorId: "{seed.RUSSIA.id}"'
    assert count(f"{russia}, role: CAPTOR") == 1
    assert count(f"{russia}, role: DETAINEE") == 0  # Russia held him, not the reverse
    assert count(f"{russia}, role: SANCTIONER") == 0 < count(f"{russia}, role: TARGET")
    assert count(f"{russia}, role: ADDRESSEE") == 1  # the United States condemned Russia
    assert count("role: DETAINEE") == 1
    held = client.data(
        f'{{ actor(id: "{seed.GERSHKOVICH.id}") {{ events(role: DETAINEE) {{ totalCount }} }} }}'
    )["actor"]["events"]
    assert held["totalCount"] == 1


def test_relation_counts_chart_a_type_over_months(client: GraphQLClient) -> None:
    rows = client.data(
        '{ relationCounts(by: MONTH, type: SANCTIONED, actorId: "country:RUS") { key count } }'
    )["relationCounts"]
    expected: dict[str, int] = {}
    for x in seed.extractions():
        for r in x.relations:
            if r.type.value == "SANCTIONED" and r.date is not None:
                month = r.date.isoformat()[:7]
                expected[month] = expected.get(month, 0) + 1
    assert rows == [{"key": k, "count": n} for k, n in sorted(expected.items())]
    by_type = client.data("{ relationCounts(by: TYPE) { key count } }")["relationCounts"]
    total = client.data("{ relations { totalCount } }")["relations"]["totalCount"]
    assert sum(row["count"] for row in by_type) == total
    assert [row["key"] for row in by_type] == sorted(row["key"] for row in by_type)


def test_relations_by_several_types_confidence_and_sources(client: GraphQLClient) -> None:
    def total(args: str) -> int:
        query = f"{{ relations{f'({args})' if args else ''} {{ totalCount }} }}"
        return int(client.data(query)["relations"]["totalCount"])

    facts = [r for x in seed.extractions() for r in x.relations]
    both = {r.id for r in facts if r.type.value in ("CONDEMNED", "SANCTIONED")}
    assert total("types: [CONDEMNED, SANCTIONED]") == len(both)
    assert total("type: CONDEMNED, types: [SANCTIONED]") == len(both)
    assert total("minConfidence: 0.9") == 0 < total("minConfidence: 0.8")  # seeds say 0.8
    assert total("minSources: 2") < total("")


def test_relations_in_another_order_page_through_everything(client: GraphQLClient) -> None:
    """orderBy reaches the store and its cursors page without gaps (the seed's facts have one
    source and one confidence each, so the order itself is checked in the contract suite)."""
    query = """query Top($after: String) {
      relations(orderBy: MOST_SOURCES, first: 3, after: $after) {
        edges { node { id sourceCount date } }
        pageInfo { hasNextPage endCursor } } }"""
    rows, after = [], None
    while True:
        page = client.data(query, {"after": after})["relations"]
        rows += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    everything = {r.id for x in seed.extractions() for r in x.relations}
    assert sorted(row["id"] for row in rows) == sorted(everything)
    ranks = [(row["sourceCount"], row["date"] or "") for row in rows]
    assert ranks == sorted(ranks, reverse=True)
    lavrov = client.data(
        """{ actor(id: "person:sergey-lavrov") {
          relations(orderBy: MOST_CONFIDENT) { edges { node { confidence } } } } }"""
    )
    sure = [e["node"]["confidence"] for e in lavrov["actor"]["relations"]["edges"]]
    assert sure == sorted(sure, reverse=True)


def test_impossible_thresholds_are_refused_by_name(client: GraphQLClient) -> None:
    for args, name in (("minConfidence: 1.5", "minConfidence"), ("minSources: 0", "minSources")):
        body = client.http.post(
            "/graphql", json={"query": f"{{ relations({args}) {{ totalCount }} }}"}
        ).json()
        assert body["errors"][0]["message"].startswith(f"{name}: must be"), body


def test_network_grows_with_depth(client: GraphQLClient) -> None:
    query = """query($depth: Int!) { network(actorId: "person:evan-gershkovich", depth: $depth) {
        nodes { id } edges { type source { id } target { id } } } }"""
    one = client.data(query, {"depth": 1})["network"]
    assert {n["id"] for n in one["nodes"]} == {seed.GERSHKOVICH.id, seed.RUSSIA.id}
    assert [e["type"] for e in one["edges"]] == ["DETAINED"]
    two = {n["id"] for n in client.data(query, {"depth": 2})["network"]["nodes"]}
    assert {seed.NATO.id, seed.USA.id} <= two


def test_path_between_actors_and_none_when_unconnected(client: GraphQLClient) -> None:
    query = """query($to: ID!) { path(fromId: "person:evan-gershkovich", toId: $to, maxHops: 3) {
        length hops { type source { id } target { id } } } }"""
    path = client.data(query, {"to": seed.NATO.id})["path"]
    assert path["length"] == 2
    ends = [{h["source"]["id"], h["target"]["id"]} for h in path["hops"]]
    assert ends == [{seed.GERSHKOVICH.id, seed.RUSSIA.id}, {seed.RUSSIA.id, seed.NATO.id}]
    assert client.data(query, {"to": seed.ISOLATE.id})["path"] is None
    missing = client.execute(query, {"to": "person:nobody"})
    assert "no actor with id 'person:nobody'" in missing["errors"][0]["message"]


def test_centrality_ranks_the_ministers_who_meet_everyone(client: GraphQLClient) -> None:
    scores = client.data(
        "{ centrality(measure: DEGREE, top: 5, types: [MET_WITH]) { actor { id } score } }"
    )["centrality"]
    assert len(scores) == 5
    assert [s["score"] for s in scores] == sorted((s["score"] for s in scores), reverse=True)
    assert {s["actor"]["id"] for s in scores} == {p.id for p in seed.PEOPLE}
    ranked = client.data("{ centrality(top: 3) { actor { id } score } }")["centrality"]
    assert len(ranked) == 3 and ranked[0]["score"] >= ranked[-1]["score"] > 0


def test_communities_group_actors(client: GraphQLClient) -> None:
    groups = client.data("{ communities { size actors { id } } }")["communities"]
    members = [a["id"] for g in groups for a in g["actors"]]
    assert len(members) == len(set(members))  # each actor in one community
    assert all(g["size"] == len(g["actors"]) >= 2 for g in groups)
    assert seed.ISOLATE.id not in members


def test_related_events_and_timeline(client: GraphQLClient) -> None:
    detention = client.data("{ events(type: DETENTION) { edges { node { id date } } } }")
    event = detention["events"]["edges"][0]["node"]
    related = client.data(
        "query($id: ID!) { relatedEvents(eventId: $id, windowDays: 5) { id date participants "
        "{ id } } }",
        {"id": event["id"]},
    )["relatedEvents"]
    assert related and event["id"] not in [e["id"] for e in related]
    dates = [e["date"] for e in related]
    assert dates == sorted(dates, reverse=True)
    day = date.fromisoformat(event["date"])
    assert all(abs((date.fromisoformat(d) - day).days) <= 5 for d in dates)
    shared = {seed.RUSSIA.id, seed.GERSHKOVICH.id}
    assert all(shared & {p["id"] for p in e["participants"]} for e in related)
    timeline = client.data('{ timeline(actorId: "person:evan-gershkovich") { type date } }')[
        "timeline"
    ]
    assert timeline == [{"type": "DETENTION", "date": "2024-03-21"}]


def test_articles_lookup_and_search(client: GraphQLClient) -> None:
    found = client.data("{ articles(first: 2) { totalCount edges { node { id title } } } }")
    assert found["articles"]["totalCount"] == 6 and len(found["articles"]["edges"]) == 2
    one = client.data('{ article(id: "article:seed-3") { title url published } }')["article"]
    assert one == {
        "title": "Diplomacy Watch 3",
        "url": "https://news.example.org/diplomacy-watch-3",
        "published": "2024-03-31",
    }


def test_a_page_of_fifty_relations_costs_a_handful_of_store_calls(
    client: GraphQLClient, store: CountingStore
) -> None:
    store.calls.clear()
    found = client.data(RELATION_PAGE, {"first": 50})["relations"]
    assert len(found["edges"]) == 50
    assert all(e["node"]["evidence"][0]["article"]["url"] for e in found["edges"])
    assert sum(store.calls.values()) <= 5, dict(store.calls)
    assert store.calls["get_actors"] == 1 and store.calls["evidence_for"] == 1


def test_graphql_over_get_and_graphiql_in_a_browser(server: LiveServer) -> None:
    import httpx

    answer = httpx.get(f"{server.url}/graphql", params={"query": "{ stats { actors articles } }"})
    assert answer.json() == {"data": {"stats": {"actors": 13, "articles": 6}}}
    page = httpx.get(f"{server.url}/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()


def test_introspection_passes_the_limits(client: GraphQLClient) -> None:
    """GraphiQL (and every schema-aware client) needs the full introspection query."""
    from graphql import get_introspection_query

    query = get_introspection_query(descriptions=True, input_value_deprecation=True)
    types = client.data(query)["__schema"]["types"]
    assert {"Actor", "Relation", "Event", "RelationConnection"} <= {t["name"] for t in types}


def test_relation_counts_weigh_cooperation_against_conflict(client: GraphQLClient) -> None:
    """GDELT's dashboard view: quad classes with their mean Goldstein weight."""
    fields = "{ key count averageGoldstein }"
    by_type = client.data(f"{{ relationCounts(by: TYPE) {fields} }}")["relationCounts"]
    by_class = client.data(f"{{ relationCounts(by: QUAD_CLASS) {fields} }}")["relationCounts"]
    for row in by_type:
        assert row["averageGoldstein"] == RelationType(row["key"]).spec.goldstein
    expected: dict[str, list[float]] = {}
    for row in by_type:
        spec = RelationType(row["key"]).spec
        totals = expected.setdefault(spec.quad_class.value, [0, 0.0])
        totals[0] += row["count"]
        totals[1] += row["count"] * spec.goldstein
    assert [row["key"] for row in by_class] == [q.value for q in QuadClass if q.value in expected]
    for row in by_class:
        n, weight = expected[row["key"]]
        assert (row["count"], row["averageGoldstein"]) == (n, round(weight / n, 2))


def test_a_dyad_s_relations_either_way(client: GraphQLClient) -> None:
    everything = client.data(
        "{ relations(first: 500) { edges { node { id type goldstein quadClass"
        " source { id } target { id } } } } }"
    )["relations"]["edges"]
    nodes = [e["node"] for e in everything]
    for node in nodes:
        spec = RelationType(node["type"]).spec
        assert (node["goldstein"], node["quadClass"]) == (spec.goldstein, spec.quad_class.value)
    pairs = Counter(frozenset((n["source"]["id"], n["target"]["id"])) for n in nodes)
    one, other = sorted(max(pairs, key=lambda pair: (pairs[pair], sorted(pair))))
    wanted = {n["id"] for n in nodes if {n["source"]["id"], n["target"]["id"]} == {one, other}}
    query = """query Dyad($a: ID!, $b: ID!) {
      relations(actorId: $a, counterpartId: $b, first: 500) { edges { node { id } } }
      actor(id: $a) { relations(counterpartId: $b, first: 500) { totalCount } }
    }"""
    found = client.data(query, {"a": one, "b": other})
    assert {e["node"]["id"] for e in found["relations"]["edges"]} == wanted
    assert found["actor"]["relations"]["totalCount"] == len(wanted)
    alone = client.execute(f'{{ relations(counterpartId: "{other}") {{ totalCount }} }}')
    assert alone["errors"][0]["message"].startswith("counterpartId: needs actorId"), alone


def test_whom_an_actor_deals_with_most(client: GraphQLClient) -> None:
    """A journalist's first question about an actor, answered by one count."""
    relations = {r.id: r for x in seed.extractions() for r in x.relations}.values()
    mine = [r for r in relations if seed.LAVROV.id in (r.source_id, r.target_id)]
    others = Counter(r.target_id if r.source_id == seed.LAVROV.id else r.source_id for r in mine)
    query = """{ relationCounts(by: COUNTERPART, actorId: "person:sergey-lavrov") {
      key count averageGoldstein counterpart { id name } } }"""
    counted = client.data(query)["relationCounts"]
    assert [(c["key"], c["count"]) for c in counted] == sorted(
        others.items(), key=lambda item: (-item[1], item[0])
    )
    first = counted[0]
    assert first["counterpart"]["id"] == first["key"]
    by_type = client.data("{ relationCounts(by: TYPE) { key counterpart { id } } }")
    assert all(c["counterpart"] is None for c in by_type["relationCounts"])
    refused = client.execute("{ relationCounts(by: COUNTERPART) { key } }")
    assert "by: COUNTERPART" in refused["errors"][0]["message"]
    top = client.data(query.replace('"person:sergey-lavrov"', '"person:sergey-lavrov", first: 2'))
    assert top["relationCounts"] == counted[:2]
    for bad in (0, 100_000):
        over = client.execute(f"{{ relationCounts(by: TYPE, first: {bad}) {{ key }} }}")
        assert over["errors"][0]["message"].startswith("first: must be between 1 and"), over
