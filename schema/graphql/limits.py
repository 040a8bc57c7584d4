"""Bounds on what one request may ask for, checked before the store is asked anything."""

from __future__ import annotations

from dataclasses import dataclass

from schema.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class Limits:
    """Defaults keep one query well under a second on the sample corpus; the app may tighten."""

    max_page_size: int = 500
    default_page_size: int = 50
    max_network_depth: int = 3
    max_path_hops: int = 6
    max_top: int = 500
    max_window_days: int = 3650
    max_query_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000

    def page_size(self, first: int | None) -> int:
        """`first` as the store's page size: 1..max_page_size, else a clear error."""
        if first is None:
            return self.default_page_size
        return self.bounded("first", first, 1, self.max_page_size)

    @staticmethod
    def bounded(name: str, value: int, low: int, high: int) -> int:
        if not low <= value <= high:
            raise InvalidInputError(name, f"must be between {low} and {high}, got {value}")
        return value
