"""From loose fields to an `Article`: the one place ids and publication dates are settled."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import dateparser

from loaders.errors import EmptySourceError
from schema.ids import article_id
from schema.models import Article

if TYPE_CHECKING:
    from time import struct_time

_DATEPARSER_SETTINGS: dict[str, object] = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_published(value: object) -> date | None:
    """A publication date from whatever a source holds: ISO text, free text, a datetime, a
    feedparser time tuple. Unknown or unparseable gives None: a wrong date is worse than none,
    because relative dates in the text ("on Saturday") are resolved against it."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, tuple) and len(value) >= 3:  # time.struct_time from feedparser
        parts: struct_time | tuple[int, ...] = value
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        except (TypeError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def make_article(
    source: str,
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: object = None,
    url: str | None = None,
) -> Article:
    """An Article with a stable id: the given one, else one derived from url, title and text."""
    body = text.strip()
    if not body:
        raise EmptySourceError(source, "no article text")
    clean_title = " ".join(title.split()) if title and title.strip() else None
    clean_url = url.strip() if url and url.strip() else None
    ident = id.strip() if id and id.strip() else article_id(clean_url, clean_title, body)
    return Article(
        id=ident,
        title=clean_title,
        published=parse_published(published),
        url=clean_url,
        text=body,
    )
