"""What a resolver may reach: the store and the services the app wires in, per request.

Protocols here (not imports of graph/ or loaders/) keep schema/ free of our other packages; the
app passes objects that satisfy them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from schema.graphql.limits import Limits
from schema.graphql.loaders import Loaders

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Sequence
    from datetime import date

    from strawberry.types import Info

    from schema.models import Event, Extraction
    from schema.store import Store, Subgraph

CONTEXT_KEY = "diplograph"
"""Key of the GraphContext in strawberry's context dict (which also carries request/response)."""


class Analytics(Protocol):
    """Network measures over a subgraph pulled from the store (networkx, in graph/)."""

    def centrality(self, graph: Subgraph, measure: str, top: int) -> list[tuple[str, float]]:
        """(actor id, score) pairs, highest first, at most `top`."""
        ...

    def communities(self, graph: Subgraph) -> list[list[str]]:
        """Groups of actor ids, largest first."""
        ...


class ArticleIngestor(Protocol):
    """Reads one article (text or URL), stores what it finds, returns what was stored."""

    def __call__(
        self, *, text: str | None, url: str | None, title: str | None, published: date | None
    ) -> Extraction: ...


class EventFeed(Protocol):
    """In-process fan-out of newly stored events to live subscribers."""

    def publish(self, events: Sequence[Event]) -> None: ...
    def subscribe(self) -> AsyncIterator[Event]: ...


@dataclass(slots=True)
class GraphContext:
    """Built fresh for every request (fresh loaders: no cache shared between users)."""

    store: Store
    analytics: Analytics
    feed: EventFeed
    ingestor: ArticleIngestor | None
    authorized: bool
    limits: Limits
    loaders: Loaders

    @classmethod
    def create(
        cls,
        store: Store,
        *,
        analytics: Analytics,
        feed: EventFeed,
        ingestor: ArticleIngestor | None,
        authorized: bool,
        limits: Limits | None = None,
    ) -> GraphContext:
        return cls(
            store=store,
            analytics=analytics,
            feed=feed,
            ingestor=ingestor,
            authorized=authorized,
            limits=limits or Limits(),
            loaders=Loaders.for_store(store),
        )


def graph_context(info: Info[Any, Any]) -> GraphContext:
    """The GraphContext of the current request."""
    context = info.context
    found = context[CONTEXT_KEY] if isinstance(context, dict) else context
    if not isinstance(found, GraphContext):
        raise TypeError(f"the GraphQL context must carry a GraphContext under {CONTEXT_KEY!r}")
    return found
