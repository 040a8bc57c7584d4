"""One organization news names by heart: its canonical name, the forms it goes by, its state."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KnownOrg:
    name: str
    forms: tuple[str, ...]
    country: str | None = None
    anaphors: tuple[str, ...] = ()
    """Definite descriptions that refer back to it once named: "the alliance", "the bloc"."""
