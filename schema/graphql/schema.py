"""The executable schema, with the limits every request runs under.

Errors: our domain errors (schema.errors) and GraphQL's own (validation, limits, permissions)
reach the client as they are; anything else is masked so internals never leak.
"""

from __future__ import annotations

from functools import partial

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
)
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from schema.errors import DiplographError
from schema.graphql.limits import Limits
from schema.graphql.mutations import Mutation
from schema.graphql.network import NetworkQuery
from schema.graphql.queries import LookupQuery
from schema.graphql.subscriptions import Subscription

Query = merge_types("Query", (LookupQuery, NetworkQuery))


def should_mask(error: GraphQLError) -> bool:
    """Mask unexpected exceptions; let ours and GraphQL's (which carry no secrets) through."""
    original = error.original_error
    if original is None:
        return False
    return not isinstance(original, DiplographError | GraphQLError)


class DiplographSchema(strawberry.Schema):
    """Logs only unexpected errors: a refused or invalid request is the client's news, not ours."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        unexpected = [e for e in errors if should_mask(e)]
        if unexpected:
            super().process_errors(unexpected, execution_context)


def build_schema(limits: Limits | None = None) -> strawberry.Schema:
    limits = limits or Limits()
    return DiplographSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=[
            # factories, so every request gets fresh extension state
            partial(QueryDepthLimiter, max_depth=limits.max_query_depth),
            partial(MaxAliasesLimiter, max_alias_count=limits.max_aliases),
            partial(MaxTokensLimiter, max_token_count=limits.max_tokens),
            partial(MaskErrors, should_mask_error=should_mask),
        ],
    )
