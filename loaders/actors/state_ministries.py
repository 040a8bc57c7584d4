"""A state's ministry named with the state's own word: "the Russian Foreign Ministry", "the
Saudi Ministry of Foreign Affairs".

ANNOTATION.md: a body speaking for its state ("the foreign ministry ... is that state"). The NER
takes such a name for one organisation and the state word inside it would be lost, so the
gazetteer keeps the state word's hit and the body reader gives the whole name to the state.
Ministries that act in their own name (intelligence, state security: ANNOTATION.md's security
services) are not portfolios here and stay bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

PORTFOLIO_WORDS = frozenset(
    {"foreign", "defence", "defense", "interior", "justice", "finance", "trade", "economy",
     "commerce", "affairs", "of", "the", "ministry", "office"}
)  # fmt: skip
"""The words around the state's word in a ministry that speaks for the state."""


def names_state_ministry(rest: Iterable[Token]) -> bool:
    """The words of a name besides its state word are a ministry of the state's portfolios."""
    words = {t.lower_ for t in rest}
    return "ministry" in words and words <= PORTFOLIO_WORDS
