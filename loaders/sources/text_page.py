"""A page saved as text: find the one story it is about and drop everything around it.

Scraped pages hold one main story plus debris: navigation, section labels, image credits,
newsletter pitches, and teasers of other stories that end in "keep reading" or "Read more".
Teaser text must never lend its actors to the main story, so the page is cut into segments of
prose lines separated by runs of short lines, and only the main story's segments are kept:

- a segment followed by a "keep reading" / "Read more" line is a teaser, and a wall;
- a line of page furniture ("Newsletter", "Related stories", "Follow us", "Subscribe") is a wall;
- three or more short lines in a row (a teaser header, a menu) are a wall;
- the main story is the segment with the most prose, together with its neighbours up to a wall.

Inside the kept region, short lines (section labels, credits, sub-headlines such as "U.S. State
Department News:") are dropped, except lead-ins ending in a colon ("In other diplomatic news
related to the war:"), which belong to the prose they open.
The cues are structural and site-independent: no rule names a site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_TEASER_END = re.compile(
    r"^(?:keep reading|read more|continue reading|read the full (?:story|article))\W*"
    r"(?:show (?:less|more))?\W*$",
    re.I,
)
_INLINE_LINK = re.compile(r"^(?:read more|read also|see also|related|more on|watch)\s*:", re.I)
_FURNITURE = re.compile(
    r"^(?:latest|newsletters?|subscribe\b.*|sign up\b.*|follow us\b.*|share(?: this)?\b.*"
    r"|related(?: stories| articles| coverage)?|more (?:stories|from|on)\b.*|most (?:read|popular)"
    r"|recommended(?: for you)?|trending|advertisement|sponsored\b.*|skip to\b.*|menu|search"
    r"|log ?in|sign in|(?:\d+ )?comments?|leave a (?:comment|reply)|join the conversation"
    r"|about the authors?|read next|up next|what to read next|you (?:may|might) also like"
    r"|editor'?s picks|top stories"
    r"|all rights reserved.*|©.*|copyright\b.*|privacy policy|terms of (?:use|service)"
    r"|cookie (?:policy|settings))\W*$",
    re.I,
)
_CREDIT = re.compile(
    r"(?:^(?:top |header |featured )?(?:image|photo|picture|video)\s*(?:credit|courtesy)\b"
    r"|^credit\s*:|^photograph\s*:|\bphotograph\s*:\s*\S"
    r"|\bvia (?:shutterstock|getty)|\bgetty images\b)",
    re.I,
)
# "REUTERS/Azad Lashkari" closing a caption: an upper-case agency, a slash, a capitalised name.
_AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(?:/[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})+\s*$")
_PROMO = re.compile(
    r"\b(?:subscribe|newsletter|sign up|unsubscribe|cookies?|our (?:weekly|daily) round-?up)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WALL_RUN = 3
_PROSE_MIN_WORDS = 5


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b"
)


@dataclass(frozen=True, slots=True)
class TextPage:
    title: str | None
    text: str
    date_text: str | None = None
    """A full date (day, month, year) printed in the page header, e.g. "July 27, 2022"."""


_Kind = Literal["prose", "lead", "short", "credit", "teaser_end", "inline_link", "furniture"]


@dataclass(slots=True)
class _Line:
    text: str
    kind: _Kind


def _classify(line: str) -> _Kind:
    words = len(line.split())
    if _TEASER_END.match(line):
        return "teaser_end"
    if _INLINE_LINK.match(line):
        return "inline_link"
    if _FURNITURE.match(line):
        return "furniture"
    if _CREDIT.search(line) or _AGENCY_CREDIT.search(line):
        return "credit"
    if line.endswith(":") and words >= 2:
        return "short" if _title_case(line) else "lead"
    if words >= 20 or (words >= _PROSE_MIN_WORDS and _SENTENCE_END.search(line)):
        return "prose"
    return "short"


def _title_case(line: str) -> bool:
    """'U.S. State Department News:' (a section heading), not 'In other news:' (a lead-in)."""
    words = [w for w in re.findall(r"[^\W\d_][\w.'’-]*", line) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _is_headline(line: _Line) -> bool:
    words = line.text.split()
    return (
        line.kind == "short"
        and 3 <= len(words) <= 30
        and not _SENTENCE_END.search(line.text)
        and line.text[:1].isupper()
    )


def _segments(lines: list[_Line]) -> list[tuple[int, int, bool]]:
    """(start, end, wall_after) index ranges of prose runs; wall_after: a wall follows it."""
    out: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(lines):
        if lines[i].kind not in ("prose", "lead"):
            i += 1
            continue
        start = i
        while i < len(lines) and lines[i].kind in ("prose", "lead", "inline_link"):
            i += 1
        gap_end = i
        while gap_end < len(lines) and lines[gap_end].kind not in ("prose", "lead"):
            gap_end += 1
        gap = lines[i:gap_end]
        wall = (
            any(g.kind in ("teaser_end", "furniture") for g in gap)
            or len(gap) >= _WALL_RUN
            or gap_end == len(lines)
        )
        out.append((start, i, wall))
        i = gap_end
    return out


def _teasers(lines: list[_Line], segments: list[tuple[int, int, bool]]) -> set[int]:
    """Segments that end a teaser: the next non-blank line after them is "keep reading"."""
    found: set[int] = set()
    for n, (_, end, _) in enumerate(segments):
        nxt = next((ln for ln in lines[end:] if ln.kind != "credit"), None)
        if nxt is not None and nxt.kind == "teaser_end":
            found.add(n)
    return found


def _prose_size(lines: list[_Line], start: int, end: int) -> int:
    return sum(len(ln.text) for ln in lines[start:end] if ln.kind == "prose")


def _is_promo(lines: list[_Line], start: int, end: int) -> bool:
    text = " ".join(ln.text for ln in lines[start:end])
    return len(text) < 600 and bool(_PROMO.search(text))


def _main_region(lines: list[_Line]) -> tuple[int, int] | None:
    """First and one-past-last line index of the main story, or None when there is no prose."""
    segments = _segments(lines)
    teasers = _teasers(lines, segments)
    usable = [
        n for n, (s, e, _) in enumerate(segments) if n not in teasers and not _is_promo(lines, s, e)
    ]
    if not usable:
        return None
    best = max(usable, key=lambda n: _prose_size(lines, *segments[n][:2]))
    first = last = best
    while first - 1 in usable and not segments[first - 1][2]:
        first -= 1
    while last + 1 in usable and not segments[last][2]:
        last += 1
    return segments[first][0], segments[last][1]


def _title(lines: list[_Line], region_start: int) -> str | None:
    """A headline printed twice (page header and article header) wins; else the last
    headline-like line before the story; else None."""
    before = [ln for ln in lines[:region_start] if _is_headline(ln)]
    seen: set[str] = set()
    for ln in before:
        if ln.text in seen:
            return ln.text
        seen.add(ln.text)
    return before[-1].text if before else None


def clean_text_page(raw: str) -> TextPage:
    """The main story of a text page, its paragraphs joined by blank lines, and its title."""
    lines = [_Line(t, _classify(t)) for t in (s.strip() for s in raw.splitlines()) if t]
    region = _main_region(lines)
    if region is None:  # no sentence anywhere: a note or a list; keep all but the furniture
        return TextPage(None, drop_inline_debris(raw))
    start, end = region
    kept = [ln.text for ln in lines[start:end] if ln.kind in ("prose", "lead")]
    title = _title(lines, start)
    return TextPage(title, "\n\n".join(kept), _header_date(lines, start))


def _header_date(lines: list[_Line], region_start: int) -> str | None:
    """A full date in the header lines or the story's first line (a dateline); years are
    required, so "Wednesday" or "April 4" alone never become a publication date."""
    for ln in [*lines[:region_start], *lines[region_start : region_start + 1]]:
        match = _DATE.search(ln.text)
        if match:
            return match.group(0)
    return None


def drop_inline_debris(text: str) -> str:
    """Line-level clean-up for text another tool already cut to the article body (trafilatura
    output): inline "Read more: ..." links, credits, teaser ends and furniture lines go."""
    keep = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and _classify(line) not in ("inline_link", "credit", "teaser_end", "furniture"):
            keep.append(line)
    return "\n\n".join(keep)


def has_teasers(text: str) -> bool:
    """Whether the text still holds a teaser end ("keep reading", "Read more" on its own)."""
    return any(_TEASER_END.match(line.strip()) for line in text.splitlines() if line.strip())
