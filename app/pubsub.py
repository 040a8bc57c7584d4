"""In-process fan-out of newly stored events to live subscribers (GraphQL `eventAdded`).

One process, no broker: each subscriber gets its own bounded queue; a subscriber too slow to keep
up loses the overflow rather than stalling ingestion for everyone.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Sequence

    from schema.models import Event

log = logging.getLogger(__name__)


class EventBroker:
    def __init__(self, queue_size: int = 1000) -> None:
        self._queue_size = queue_size
        self._lock = threading.Lock()
        self._subscribers: list[tuple[asyncio.AbstractEventLoop, asyncio.Queue[Event]]] = []

    @property
    def subscriber_count(self) -> int:
        with self._lock:
            return len(self._subscribers)

    def publish(self, events: Sequence[Event]) -> None:
        """Hand each event to every subscriber; safe to call from any thread."""
        with self._lock:
            subscribers = list(self._subscribers)
        for loop, queue in subscribers:
            for event in events:
                loop.call_soon_threadsafe(self._offer, queue, event)

    @staticmethod
    def _offer(queue: asyncio.Queue[Event], event: Event) -> None:
        try:
            queue.put_nowait(event)
        except asyncio.QueueFull:
            log.warning("a live subscriber is too slow; dropped event %s", event.id)

    async def subscribe(self) -> AsyncIterator[Event]:
        """Events published from now on, until the subscriber goes away."""
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=self._queue_size)
        entry = (asyncio.get_running_loop(), queue)
        with self._lock:
            self._subscribers.append(entry)
        try:
            while True:
                yield await queue.get()
        finally:
            with self._lock:
                self._subscribers.remove(entry)
