"""Names whose first word is a body noun: "Government of National Accord", "Movement for the
Implementation of the Peace Agreement".

A document word ends many bodies' names after "of" or "for" (a government formed by an accord, a
party named after an agreement). The name's head is its first word, so a body noun there makes
the whole name a body, whatever word closes it; "the Paris Agreement" or "the Treaty of Rome"
stay documents, their head being the document word itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

BODY_HEADS = frozenset({"government", "movement", "party", "front", "council", "committee",
                        "commission", "union", "alliance", "league", "congress", "coalition",
                        "organization", "organisation", "army", "forces", "assembly",
                        "authority", "federation", "bloc", "platform",
                        "conference"})  # fmt: skip
"""Nouns that head a body's name: "Council of ...", "Party for ..."."""

_LINKS = frozenset({"of", "for"})


def headed_by_body(span: Span) -> bool:
    """True when `span` is "<Body noun> of/for ...": its head word names a body, and what a
    document word later in it names is only what the body is of or for."""
    words = [t for t in span if t.lower_ != "the"]
    link = next((i for i, t in enumerate(words) if t.lower_ in _LINKS), None)
    if link is None or link == 0:
        return False
    return words[link - 1].lower_ in BODY_HEADS
