"""A Cypher statement with the parameters it takes: the unit engines run and linters check.

Engines run only `Statement` objects and refuse parameters a statement does not declare, so the
registry of statements (graph/queries.py) is the whole of what an engine can send.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schema.errors import DiplographError


@dataclass(frozen=True, slots=True)
class Statement:
    name: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)
    """Each parameter with a sample value of its type (what Neo4j's linter wants declared)."""

    def bind(self, **values: Any) -> tuple[Statement, dict[str, Any]]:
        """The statement with its values, refusing a missing or unknown parameter."""
        missing = self.params.keys() - values.keys()
        unknown = values.keys() - self.params.keys()
        if missing or unknown:
            raise DiplographError(
                f"statement {self.name!r}: missing parameters {sorted(missing)}, "
                f"unknown parameters {sorted(unknown)}"
            )
        return self, values
