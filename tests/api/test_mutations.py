"""Curation over GraphQL: refused without an API key (nothing changes), applied with one, undone."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from schema.ids import relation_id
from schema.models import Actor, Article, Evidence, Extraction, Relation
from schema.ontology import ActorKind, RelationType, Status
from tests.api import seed
from tests.api.conftest import API_KEY

if TYPE_CHECKING:
    from tests.api.live import CountingStore, GraphQLClient

DETENTIONS = "{ relations(type: DETAINED) { totalCount edges { node { id curation } } } }"

SERGEI = Actor(
    id="person:sergei-lavrov", name="Sergei Lavrov", kind=ActorKind.PERSON, country="RUS"
)
"""The same minister under another spelling, as a second article names him."""


@pytest.fixture(scope="module", autouse=True)
def second_spelling(store: CountingStore) -> None:
    day = date(2024, 5, 2)
    article = Article(id="article:spelling", title="Sergei Lavrov in Ankara", published=day)
    store.write(
        [
            Extraction(
                article=article,
                actors=(SERGEI, seed.FIDAN),
                relations=(
                    Relation(
                        id=relation_id(SERGEI.id, RelationType.VISITED, seed.TURKEY.id, day),
                        source_id=SERGEI.id,
                        type=RelationType.VISITED,
                        target_id=seed.TURKEY.id,
                        status=Status.OCCURRED,
                        date=day,
                        confidence=0.9,
                        evidence=(
                            Evidence(
                                article_id=article.id,
                                sentence="Sergei Lavrov visited Turkey.",
                                start=0,
                                end=29,
                            ),
                        ),
                    ),
                ),
            )
        ]
    )


def _detention_id(client: GraphQLClient) -> str:
    edges = client.data(DETENTIONS)["relations"]["edges"]
    return str(edges[0]["node"]["id"])


@pytest.mark.parametrize("key", [None, "wrong-key"])
def test_curation_without_a_valid_key_is_refused_and_changes_nothing(
    client: GraphQLClient, key: str | None
) -> None:
    before = client.data(DETENTIONS)
    rel = _detention_id(client)
    for mutation in (
        f'mutation {{ rejectRelation(id: "{rel}", reason: "wrong") }}',
        f'mutation {{ confirmRelation(id: "{rel}") {{ id }} }}',
        f'mutation {{ mergeActors(keepId: "{seed.LAVROV.id}", dropId: "{SERGEI.id}") {{ id }} }}',
        'mutation { ingestArticle(input: {text: "Lavrov met Fidan."}) { article { id } } }',
    ):
        body = client.execute(mutation, api_key=key)
        assert body["data"] is None
        assert body["errors"][0]["extensions"] == {"code": "UNAUTHORIZED"}
        assert "Authorization: Bearer" in body["errors"][0]["message"]
    assert client.data(DETENTIONS) == before
    assert client.data(f'{{ actor(id: "{SERGEI.id}") {{ id }} }}')["actor"] == {"id": SERGEI.id}


def test_reject_hides_a_relation_until_the_judgement_is_cleared(
    client: GraphQLClient, store: CountingStore
) -> None:
    rel = _detention_id(client)
    rejected = client.data(
        'mutation($id: ID!) { rejectRelation(id: $id, reason: "the court, not the state") }',
        {"id": rel},
        api_key=API_KEY,
    )
    assert rejected == {"rejectRelation": rel}
    assert client.data(DETENTIONS)["relations"]["totalCount"] == 0
    store.write([seed.extractions()[2]])  # the article that reported it, ingested again
    assert client.data(DETENTIONS)["relations"]["totalCount"] == 0
    assert client.data("query($id: ID!) { relation(id: $id) { id } }", {"id": rel}) == {
        "relation": None
    }
    restored = client.data(
        "mutation($id: ID!) { clearJudgement(id: $id) { id } }", {"id": rel}, api_key=API_KEY
    )
    assert restored == {"clearJudgement": {"id": rel}}
    assert client.data(DETENTIONS)["relations"]["totalCount"] == 1


def test_confirm_marks_a_relation(client: GraphQLClient) -> None:
    rel = _detention_id(client)
    confirmed = client.data(
        "mutation($id: ID!) { confirmRelation(id: $id) { id curation } }",
        {"id": rel},
        api_key=API_KEY,
    )
    assert confirmed == {"confirmRelation": {"id": rel, "curation": "CONFIRMED"}}
    client.data(
        "mutation($id: ID!) { clearJudgement(id: $id) { id } }", {"id": rel}, api_key=API_KEY
    )
    assert client.data(DETENTIONS)["relations"]["edges"][0]["node"]["curation"] is None


def test_merge_moves_relations_to_the_kept_actor_and_unmerge_restores(
    client: GraphQLClient,
) -> None:
    visits = "{ relations(type: VISITED) { edges { node { source { id } } } } }"
    kept = client.data(
        "mutation($k: ID!, $d: ID!) { mergeActors(keepId: $k, dropId: $d) { id name } }",
        {"k": seed.LAVROV.id, "d": SERGEI.id},
        api_key=API_KEY,
    )
    assert kept == {"mergeActors": {"id": seed.LAVROV.id, "name": "Sergey Lavrov"}}
    sources = [e["node"]["source"]["id"] for e in client.data(visits)["relations"]["edges"]]
    assert sources == [seed.LAVROV.id]
    client.data(
        "mutation($d: ID!) { unmergeActor(dropId: $d) { id } }", {"d": SERGEI.id}, api_key=API_KEY
    )
    sources = [e["node"]["source"]["id"] for e in client.data(visits)["relations"]["edges"]]
    assert sources == [SERGEI.id]


def test_curating_what_does_not_exist_names_it(client: GraphQLClient) -> None:
    body = client.execute('mutation { confirmRelation(id: "rel:nope") { id } }', api_key=API_KEY)
    assert body["errors"][0]["message"] == "no relation with id 'rel:nope'"
    body = client.execute(
        'mutation { ingestArticle(input: {text: "x", url: "https://example.org"}) '
        "{ article { id } } }",
        api_key=API_KEY,
    )
    assert body["errors"][0]["message"] == "input: give exactly one of `text` or `url`"
