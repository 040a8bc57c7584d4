"""Which errors reach the client as written and which are masked (no server needed)."""

from __future__ import annotations

from graphql import GraphQLError

from schema.errors import InvalidInputError, NotFoundError
from schema.graphql.schema import should_mask


def _wrapped(original: Exception | None) -> GraphQLError:
    return GraphQLError(str(original or "syntax error"), original_error=original)


def test_our_errors_and_graphql_errors_reach_the_client() -> None:
    assert not should_mask(_wrapped(NotFoundError("actor", "person:nobody")))
    assert not should_mask(_wrapped(InvalidInputError("first", "must be at most 500")))
    assert not should_mask(_wrapped(None))  # validation, depth and alias limits
    assert not should_mask(_wrapped(GraphQLError("needs an API key")))  # permission refusals


def test_anything_else_is_masked() -> None:
    assert should_mask(_wrapped(RuntimeError("redis: connection reset at 10.0.0.5:6379")))
    assert should_mask(_wrapped(KeyError("secret")))
