"""When a fact happened, resolved against the article's publication date.

Only date expressions attached to the trigger's own clause count ("met on Saturday", "arrested in
2018"), so background facts keep their own earlier dates. dateparser reads the expression; weekday
names are resolved here, because news says "on Wednesday" for the day of publication too.
Each date keeps its precision: "in 2018" is the year 2018 (stored as its first day), not
1 January 2018.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING, NamedTuple

import dateparser

from schema.ontology import DatePrecision, Status

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_VAGUE = re.compile(r"\b(years?|decades?|months|weeks|days|centur|era|times?|since|ago)\b", re.I)
_NOT_A_DATE = re.compile(
    r"^\W*(\d+|\d+-\d+|one|two|three|four|five|six|seven|eight|nine)\W*$", re.I
)
# A year, alone or with a part of it or a span: "2018", "early 2019", "the end of 2021", "2018-19".
_YEAR = re.compile(
    r"^(?:(?:the\s+)?(?:early|mid|late|start\s+of|end\s+of|beginning\s+of|middle\s+of)"
    r"[\s-]+)?((?:19|20)\d\d)(?:\s*[-/–]\s*\d{2,4})?$",
    re.I,
)
_MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH = "|".join(_MONTH_NAMES)
# A month placed by the publication date: "last July", "March last year", "June of next year".
_NAMED_MONTH = re.compile(
    rf"^(?:(?P<which>last|this|next)\s+(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?:of\s+)?(?P<year>last|this|next)\s+year)$",
    re.I,
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A point counted back: "two years ago", "three months ago", "10 days ago".
_AGO = re.compile(
    r"^(?P<n>\d+|a|an|one|two|three|four|five|six)\s+(?P<unit>year|month|week|day)s?\s+ago$", re.I
)
# Expressions that name a time before the news even when they cannot be pinned to a day ("the
# 1990s", "in 2018 and 2019"): a fact they date is background, never the day of publication.
_PAST_POINT = re.compile(r"\b(?:1[89]|20)\d\ds?\b|\bago\b", re.I)
_LEADING_YEAR = re.compile(r"^(.*?\b(?:1[89]|20)\d\d)\b(?!s)")
_DECADE = re.compile(r"\b(?:1[89]|20)\d0s\b", re.I)


_DAY_NUMBER = re.compile(r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:years?|months?))", re.I)
_DAY_WORDS = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|week|weekend|days?)\b", re.I)
_MONTH_WORDS = re.compile(rf"\b(?:{_MONTH}|month|sept?|oct|nov|dec|jan|feb|aug)\b", re.I)


class FactDate(NamedTuple):
    """A fact's date and how much of it the text gave (a month is stored as its first day)."""

    day: dt.date
    precision: DatePrecision


def _dateparser_precision(text: str) -> DatePrecision:
    """What a free expression dateparser read pins: "14 March", "yesterday" a day; "last month",
    "in March" a month; "last year" a year."""
    without_years = re.sub(r"\b(?:1[89]|20)\d\d\b", " ", text)
    if _DAY_NUMBER.search(without_years) or _DAY_WORDS.search(text):
        return DatePrecision.DAY
    if _MONTH_WORDS.search(text):
        return DatePrecision.MONTH
    return DatePrecision.YEAR


def _truncated(day: dt.date, precision: DatePrecision) -> dt.date:
    if precision is DatePrecision.YEAR:
        return dt.date(day.year, 1, 1)
    if precision is DatePrecision.MONTH:
        return dt.date(day.year, day.month, 1)
    return day


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
    found = parse_dated(text, base, status)
    return found.day if found else None


def parse_dated(text: str, base: dt.date, status: Status) -> FactDate | None:
    """One date expression as a date with its precision.

    The tagger's date spans often run on ("December 2018, days", "August 2024 to 12 years",
    "from 1998 to 2000"): when the whole does not read, its start up to the first year does."""
    found = _parse_whole(text, base, status)
    lead = _LEADING_YEAR.match(text.strip())
    if found is None and lead is not None and lead.group(1) != text.strip():
        found = _parse_whole(lead.group(1), base, status)
    return found


def _parse_whole(text: str, base: dt.date, status: Status) -> FactDate | None:
    future = status is Status.PLANNED
    text = re.sub(
        r"^(on|in|at|by|during|since|from|between|early|late|later)\s+",
        "",
        text.strip(),
        flags=re.I,
    )
    if year := _YEAR.match(text):
        return FactDate(dt.date(int(year.group(1)), 1, 1), DatePrecision.YEAR)
    if not text or _NOT_A_DATE.match(text) or _DECADE.search(text):
        return None
    if named := _NAMED_MONTH.match(text):
        return FactDate(_named_month(named, base), DatePrecision.MONTH)
    if ago := _AGO.match(text):
        return _counted_back(ago, base)
    day = _weekday(text, base, future)
    if day is not None:
        return FactDate(day, DatePrecision.DAY)
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
    if parsed is None:
        return None
    precision = _dateparser_precision(text)
    return FactDate(_truncated(parsed.date(), precision), precision)


def _named_month(found: re.Match[str], base: dt.date) -> dt.date:
    """ "last July": the latest July before the news; "next July" the first after it; "this
    July" and "July last year" the July of that year."""
    month = _MONTH_NAMES[(found.group("m1") or found.group("m2")).lower()]
    if found.group("year"):
        shift = {"last": -1, "this": 0, "next": 1}[found.group("year").lower()]
        return dt.date(base.year + shift, month, 1)
    which = found.group("which").lower()
    if which == "last":
        return dt.date(base.year if month < base.month else base.year - 1, month, 1)
    if which == "next":
        return dt.date(base.year if month > base.month else base.year + 1, month, 1)
    return dt.date(base.year, month, 1)


def _counted_back(found: re.Match[str], base: dt.date) -> FactDate:
    """ "two years ago": that year; "three months ago" that month; "three weeks ago" the day."""
    word = found.group("n").lower()
    n = int(word) if word.isdigit() else _COUNTS[word]
    unit = found.group("unit").lower()
    if unit == "day":
        return FactDate(base - dt.timedelta(days=n), DatePrecision.DAY)
    if unit == "week":
        return FactDate(base - dt.timedelta(weeks=n), DatePrecision.DAY)
    if unit == "year":
        return FactDate(dt.date(base.year - n, 1, 1), DatePrecision.YEAR)
    months = base.year * 12 + base.month - 1 - n
    return FactDate(dt.date(months // 12, months % 12 + 1, 1), DatePrecision.MONTH)


def _since_on_noun(ent: Span) -> bool:
    """ "their first meeting since 2019": the date measures how long since the last one; the
    meeting itself is today's. (On a verb, "held since 2018", it dates the start.)"""
    since = ent.root.head
    return since.lower_ == "since" and since.head.pos_ in ("NOUN", "PROPN")


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
) -> FactDate | None:
    """The date of the fact the anchors (trigger, light verb) assert; else the publication date,
    unless the fact is dated to a time before the news that cannot be pinned ("in the 1990s"):
    a background fact is never today's event."""
    doc = anchors[0].doc
    sent = anchors[0].sent
    background = False
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.start < sent.start or ent.end > sent.end:
            continue
        if not _governs(ent, anchors) or _since_on_noun(ent):
            continue
        if published is None:
            return None
        found = parse_dated(ent.text, published, status)
        if found is not None:
            return found
        background = background or bool(_PAST_POINT.search(ent.text))
    if published is None or status is not Status.OCCURRED or background:
        return None
    return FactDate(published, DatePrecision.DAY)
