# mypy: disallow-untyped-decorators=False
# (strawberry.field(...) with arguments is typed as returning Any; bare fields stay checked)
"""Relay-style connections (`edges { cursor node }`, `pageInfo`, `totalCount`) over store pages.

Cursors are the store's own opaque cursors, so paging is as stable as the store's ordering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

import strawberry

from schema.store import PageRequest

if TYPE_CHECKING:
    from collections.abc import Callable

    from schema.graphql.limits import Limits
    from schema.store import Page


T = TypeVar("T")


@strawberry.type(description="Where a page sits in the whole result.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):  # noqa: UP046 - strawberry names generics from Generic[T]
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):  # noqa: UP046 - as above
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int = strawberry.field(description="Matches of the whole filter, all pages.")

    @strawberry.field(description="The nodes of this page, without cursors.")
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def page_request(limits: Limits, first: int | None, after: str | None) -> PageRequest:
    """Validated page arguments (`first` bounded by the limits)."""
    return PageRequest(first=limits.page_size(first), after=after)


def to_connection[M, N](page: Page[M], convert: Callable[[M], N]) -> Connection[N]:
    edges = [
        Edge(cursor=cursor, node=convert(item))
        for item, cursor in zip(page.items, page.cursors, strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=page.cursors[0] if page.cursors else None,
            end_cursor=page.cursors[-1] if page.cursors else None,
        ),
        total_count=page.total_count,
    )
