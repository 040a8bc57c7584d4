"""Stable identifiers: the same actor, event or relation gets the same id from every article.

Re-ingesting an article must change nothing, so ids are derived from content, never counters.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from anyascii import anyascii

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from schema.ontology import ActorKind, EventType, RelationType


def name_words(text: str) -> list[str]:
    """Lower-case ASCII words of a name, letters transliterated, not dropped.

    Why anyascii and not NFKD: NFKD splits "á" into "a" and an accent, but "ł", "ø", "Đ" and
    "ß" are letters of their own that it cannot split, and dropping them made "Radosław" and
    "Radoslaw" two people ("radosaw" / "radoslaw"); non-Latin names lost every letter.
    """
    return re.findall(r"[a-z0-9]+", anyascii(text).lower())


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': 'Viktor Orbán' -> 'viktor-orban'."""
    words = name_words(text)
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return "-".join(words)


def country_id(iso3: str) -> str:
    return f"country:{iso3.upper()}"


def actor_id(kind: ActorKind, canonical_name: str, iso3: str | None = None) -> str:
    """`country:RUS` for states; `person:sergey-lavrov`, `organization:nato` otherwise."""
    if kind.value == "COUNTRY":
        if not iso3:
            raise ValueError(f"country {canonical_name!r} needs an ISO 3166-1 alpha-3 code")
        return country_id(iso3)
    return f"{kind.value.lower()}:{slug(canonical_name)}"


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def relation_id(
    source_id: str, rtype: RelationType, target_id: str, when: date | None = None
) -> str:
    """One id per fact (who, what, whom, when); symmetric types ignore the order of the ends."""
    ends = sorted((source_id, target_id)) if rtype.symmetric else [source_id, target_id]
    return f"rel:{_digest(rtype.value, *ends, when.isoformat() if when else '')}"


def event_id(etype: EventType, participant_ids: Iterable[str], when: date | None = None) -> str:
    day = when.isoformat() if when else ""
    return f"event:{_digest(etype.value, *sorted(set(participant_ids)), day)}"


def article_id(url: str | None, title: str | None, text: str) -> str:
    """Articles without an id of their own are named by where they came from, else their text."""
    basis = url or f"{title or ''}\x1f{text}"
    return f"article:{_digest(basis)}"
