# mypy: disallow-untyped-decorators=False
# (strawberry.field(...) with arguments is typed as returning Any; bare fields stay checked)
"""Live feeds for dashboards: events pushed as soon as an ingest stores them."""

from __future__ import annotations

from collections.abc import AsyncGenerator  # needed at run time: strawberry/typer read annotations
from typing import Any

import strawberry
from strawberry.types import Info  # needed at run time: strawberry/typer read annotations

from schema.graphql.context import graph_context
from schema.graphql.enums import EventType
from schema.graphql.types import Event, to_event


@strawberry.type
class Subscription:
    @strawberry.subscription(description="Each newly stored event matching the filters.")
    async def event_added(
        self,
        info: Info[Any, Any],
        type: EventType | None = None,
        actor_id: strawberry.ID | None = None,
    ) -> AsyncGenerator[Event, None]:
        async for event in graph_context(info).feed.subscribe():
            if type is not None and event.type != type:
                continue
            if actor_id is not None and actor_id not in event.participant_ids:
                continue
            yield to_event(event)
