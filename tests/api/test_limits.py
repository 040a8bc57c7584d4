"""Abusive queries are refused with a GraphQL error naming the limit; the server stays up."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
import pytest

if TYPE_CHECKING:
    from tests.api.live import GraphQLClient, LiveServer


def _error(client: GraphQLClient, query: str) -> str:
    body = client.execute(query)
    assert body.get("errors"), body
    assert not any((body.get("data") or {}).values())  # nothing answered
    return str(body["errors"][0]["message"])


def _deep(levels: int) -> str:
    inner = "id"
    for _ in range(levels):
        inner = f"relations(first: 1) {{ edges {{ node {{ source {{ {inner} }} }} }} }}"
    return f'{{ actor(id: "country:RUS") {{ {inner} }} }}'


def test_deep_query_refused(client: GraphQLClient) -> None:
    assert "exceeds maximum operation depth" in _error(client, _deep(6))


def test_many_aliases_refused(client: GraphQLClient) -> None:
    wide = " ".join(f"a{n}: stats {{ actors }}" for n in range(200))
    assert "aliases" in _error(client, f"{{ {wide} }}").lower()


def test_oversized_query_refused(client: GraphQLClient) -> None:
    huge = "{ stats { " + "actors " * 3000 + "} }"
    assert "token" in _error(client, huge).lower()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{ actors(first: 10000) { totalCount } }", "first: must be between 1 and 500, got 10000"),
        (
            '{ network(actorId: "country:RUS", depth: 4) { nodes { id } } }',
            "depth: must be between 1 and 3, got 4",
        ),
        (
            '{ path(fromId: "country:RUS", toId: "country:USA", maxHops: 50) { length } }',
            "maxHops: must be between 1 and 6, got 50",
        ),
        (
            "{ relations(first: 0) { totalCount } }",
            "first: must be between 1 and 500, got 0",
        ),
    ],
)
def test_bounds_on_arguments(client: GraphQLClient, query: str, message: str) -> None:
    assert _error(client, query) == message


def test_bad_cursor_is_a_clear_error(client: GraphQLClient) -> None:
    message = _error(client, '{ relations(after: "not-a-cursor") { totalCount } }')
    assert "cursor" in message.lower()


def test_server_still_answers_after_refusals(client: GraphQLClient, server: LiveServer) -> None:
    _error(client, _deep(8))
    _error(client, "{ actors(first: 10000) { totalCount } }")
    assert httpx.get(f"{server.url}/health").json() == {"status": "ok"}
    assert client.data("{ stats { articles } }") == {"stats": {"articles": 6}}
