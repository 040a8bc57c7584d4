"""The query layer is written once: engines differ only where their dialect says."""

from __future__ import annotations

import pytest

from graph.dialect import FalkorDialect, Neo4jDialect
from graph.queries import build_queries
from graph.statements import Statement
from schema.errors import DiplographError

FALKOR = {s.name: s for s in build_queries(FalkorDialect()).all()}
NEO4J = {s.name: s for s in build_queries(Neo4jDialect()).all()}


def test_both_engines_send_the_same_statements() -> None:
    assert FALKOR.keys() == NEO4J.keys()
    differing = {name for name in FALKOR if FALKOR[name].text != NEO4J[name].text}
    assert differing == {
        "find_actors_search",
        "find_actors_search_by_name",
        "find_actors_search_most_relations",
        "count_actors_search",
        "find_articles_search",
        "count_articles_search",
    }
    for name in differing:
        assert "db.idx.fulltext.queryNodes" in FALKOR[name].text
        assert "db.index.fulltext.queryNodes" in NEO4J[name].text


def test_statements_declare_exactly_the_parameters_they_use() -> None:
    for statement in FALKOR.values():
        for name in statement.params:
            assert f"${name}" in statement.text, (statement.name, name)


def test_binding_refuses_missing_and_unknown_parameters() -> None:
    statement = Statement("probe", "RETURN $a AS a", {"a": ""})
    assert statement.bind(a="x") == (statement, {"a": "x"})
    with pytest.raises(
        DiplographError, match=r"missing parameters \['a'\], unknown parameters \['b'\]"
    ):
        statement.bind(b="x")


def test_full_text_queries_ask_for_every_word_as_a_prefix() -> None:
    assert FalkorDialect().fulltext_query(["sergei", "l"]) == "sergei* l"
    assert Neo4jDialect().fulltext_query(["sergei", "l"]) == "+sergei* +l*"
