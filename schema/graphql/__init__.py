"""The GraphQL surface: strawberry types mapped from schema.models, resolved through the store.

Imports nothing of ours outside schema/; the app hands in the store, analytics, ingest service and
event feed through the request context (see `context.GraphContext`).
"""

from __future__ import annotations

from schema.graphql.context import (
    CONTEXT_KEY,
    Analytics,
    ArticleIngestor,
    EventFeed,
    GraphContext,
)
from schema.graphql.limits import Limits
from schema.graphql.schema import build_schema

__all__ = [
    "CONTEXT_KEY",
    "Analytics",
    "ArticleIngestor",
    "EventFeed",
    "GraphContext",
    "Limits",
    "build_schema",
]
