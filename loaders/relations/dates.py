"""When a fact happened, resolved against the article's publication date.

Only date expressions attached to the trigger's own clause count ("met on Saturday", "arrested in
2018"), so background facts keep their own earlier dates. dateparser reads the expression; weekday
names are resolved here, because news says "on Wednesday" for the day of publication too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import dateparser

from schema.ontology import Status

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_VAGUE = re.compile(r"\b(years?|decades?|months|weeks|days|centur|era|times?|since|ago)\b", re.I)
_NOT_A_DATE = re.compile(
    r"^\W*(\d+|\d+-\d+|one|two|three|four|five|six|seven|eight|nine)\W*$", re.I
)


def _weekday(text: str, base: dt.date, future: bool) -> dt.date | None:
    low = text.lower()
    for number, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            delta = (number - base.weekday()) % 7
            if future:
                return base + dt.timedelta(days=delta)
            return base - dt.timedelta(days=(7 - delta) % 7)
    return None


def parse_expression(text: str, base: dt.date, status: Status) -> dt.date | None:
    """One date expression ("last week", "in April 2019", "on Saturday") as a calendar date."""
    future = status is Status.PLANNED
    text = re.sub(
        r"^(on|in|at|by|during|since|from|early|late|later)\s+", "", text.strip(), flags=re.I
    )
    if not text or _NOT_A_DATE.match(text):
        return None
    day = _weekday(text, base, future)
    if day is not None:
        return day
    if _VAGUE.search(text) and not re.search(r"\b(last|next|this)\b", text, re.I):
        return None
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


def _governs(ent: Span, anchors: tuple[Token, ...]) -> bool:
    """The date hangs on one of the anchors without crossing another verb."""
    tok = ent.root
    for _ in range(6):
        if tok in anchors:
            return True
        if tok.head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.i != ent.root.i:
            return False
        tok = tok.head
    return False


def resolve_date(
    anchors: tuple[Token, ...], published: dt.date | None, status: Status
) -> dt.date | None:
    """The date of the fact the anchors (trigger, light verb) assert; else the publication date."""
    doc = anchors[0].doc
    sent = anchors[0].sent
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.start < sent.start or ent.end > sent.end:
            continue
        if not _governs(ent, anchors):
            continue
        if published is None:
            return None
        found = parse_expression(ent.text, published, status)
        if found is not None:
            return found
    if status is Status.OCCURRED:
        return published
    return None
