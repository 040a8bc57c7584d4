"""Every GraphQL document the explorer sends is valid against the API's schema.

The page is plain JavaScript, so a renamed field would only surface in a browser; this reads the
documents out of `queries.js` (resolving its `${PIECE}` interpolations) and validates each one.
"""

from __future__ import annotations

import re

import pytest
from graphql import GraphQLSchema, parse, validate
from graphql import build_schema as from_sdl

from app.web.router import STATIC_DIR
from schema.graphql import build_schema

_CONSTANT = re.compile(r'(export )?const (\w+) = (?:"([^"]*)"|`([^`]*)`);', re.S)


def _documents() -> dict[str, str]:
    """The exported documents of queries.js by name, with their pieces filled in."""
    source = (STATIC_DIR / "js" / "queries.js").read_text(encoding="utf-8")
    pieces: dict[str, str] = {}
    exported: dict[str, str] = {}
    for match in _CONSTANT.finditer(source):
        export, name, plain, template = match.groups()
        text = re.sub(r"\$\{(\w+)\}", lambda m: pieces[m.group(1)], plain or template)
        pieces[name] = text
        if export:
            exported[name] = text
    return exported


DOCUMENTS = _documents()


@pytest.fixture(scope="module")
def api_schema() -> GraphQLSchema:
    return from_sdl(build_schema().as_str())


def test_the_explorer_sends_the_queries_it_needs() -> None:
    assert {"SEARCH_ACTORS", "ACTOR", "NETWORK", "PATH", "CENTRALITY", "TIMELINE"} <= set(DOCUMENTS)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_query_is_valid_against_the_api_schema(api_schema: GraphQLSchema, name: str) -> None:
    errors = validate(api_schema, parse(DOCUMENTS[name]))
    assert not errors, f"{name}: " + "; ".join(e.message for e in errors)
