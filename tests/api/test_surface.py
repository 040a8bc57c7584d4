"""The parts of the schema other tools rely on keep their names, arguments and fields."""

from __future__ import annotations

import pytest
from graphql import GraphQLSchema
from graphql.utilities.print_schema import print_input_value

from schema.graphql import build_schema

SCHEMA: GraphQLSchema = build_schema()._schema

QUERY_FIELDS = {
    "actor": "(id: ID!): Actor",
    "actors": (
        "(search: String = null, kind: ActorKind = null, country: String = null, "
        "orderBy: ActorOrder = null, first: Int = null, after: String = null): ActorConnection!"
    ),
    "network": (
        "(actorId: ID!, depth: Int = 1, types: [RelationType!] = null, from: Date = null, "
        "to: Date = null): Network!"
    ),
    "path": "(fromId: ID!, toId: ID!, maxHops: Int = 4, types: [RelationType!] = null): Path",
    "centrality": (
        "(measure: CentralityMeasure = PAGERANK, top: Int = 20, types: [RelationType!] = null, "
        "from: Date = null, to: Date = null): [ActorScore!]!"
    ),
    "relatedEvents": "(eventId: ID!, windowDays: Int = 30, first: Int = 20): [Event!]!",
    "timeline": "(actorId: ID!, from: Date = null, to: Date = null): [Event!]!",
    "article": "(id: ID!): Article",
    "articles": "(search: String = null, first: Int = null, after: String = null): "
    "ArticleConnection!",
}


@pytest.mark.parametrize(("field", "signature"), QUERY_FIELDS.items())
def test_query_fields_keep_their_signature(field: str, signature: str) -> None:
    found = SCHEMA.query_type.fields[field]  # type: ignore[union-attr]
    args = ", ".join(print_input_value(name, arg) for name, arg in found.args.items())
    assert f"({args}): {found.type}" == signature


def test_lists_take_the_documented_filters() -> None:
    args = SCHEMA.query_type.fields  # type: ignore[union-attr]
    assert {"type", "actorId", "country", "from", "to", "status", "first", "after"} <= set(
        args["events"].args
    )
    assert {"type", "sourceId", "targetId", "from", "to", "status", "first", "after"} <= set(
        args["relations"].args
    )


@pytest.mark.parametrize(
    ("type_name", "fields"),
    [
        (
            "Actor",
            {
                "id",
                "name",
                "kind",
                "country",
                "aliases",
                "roles",
                "relations",
                "events",
                "relationCount",
            },
        ),
        ("Role", {"title", "organization", "since", "until"}),
        (
            "Relation",
            {
                "id",
                "type",
                "source",
                "target",
                "status",
                "date",
                "confidence",
                "sourceCount",
                "cameo",
                "plover",
                "evidence",
            },
        ),
        ("Evidence", {"sentence", "start", "end", "article"}),
        ("Article", {"id", "title", "url", "published"}),
        ("Event", {"id", "type", "date", "status", "participants", "place", "sources"}),
        ("Network", {"nodes", "edges"}),
        ("Path", {"hops"}),
        ("ActorScore", {"actor", "score"}),
        ("ActorConnection", {"edges", "pageInfo", "totalCount"}),
        ("ActorEdge", {"cursor", "node"}),
    ],
)
def test_types_keep_their_fields(type_name: str, fields: set[str]) -> None:
    assert fields <= set(SCHEMA.get_type(type_name).fields)  # type: ignore[union-attr]


def test_mutations_and_subscription() -> None:
    mutations = set(SCHEMA.mutation_type.fields)  # type: ignore[union-attr]
    assert {
        "ingestArticle",
        "mergeActors",
        "unmergeActor",
        "rejectRelation",
        "confirmRelation",
        "clearJudgement",
    } <= mutations
    added = SCHEMA.subscription_type.fields["eventAdded"]  # type: ignore[union-attr]
    assert set(added.args) == {"type", "actorId"}
