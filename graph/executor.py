"""What an engine must provide to the shared store: run one registered statement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from graph.statements import Statement

Row = dict[str, Any]


class Executor(Protocol):
    def read(self, statement: Statement, params: dict[str, Any]) -> list[Row]:
        """Run a read-only statement; rows keyed by the RETURN column names."""
        ...

    def write(self, statement: Statement, params: dict[str, Any]) -> list[Row]:
        """Run a statement that writes, atomically (all of it or none of it)."""
        ...

    def ping(self) -> bool: ...

    def close(self) -> None: ...
