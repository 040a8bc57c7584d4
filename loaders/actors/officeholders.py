"""Well-known office-holders 2019-2025: who a bare name in the news is, and for which state.

Why: news names leaders without title or nationality ("Erdogan hosted Abiy", "Merkel spoke to
Lukashenko"). Nothing in the sentence says that Abiy is Ethiopia's prime minister; a reader
knows it. The event coders PETRARCH and NGEC solve this with curated actor dictionaries (a
person, their spellings, and dated roles such as "ETHGOV 2018-04-02 -"); this module is the same
idea for diplograph: a small hand-checked table of heads of state and government, foreign and
defence ministers, the long-serving chief spokespeople of a state ("Foreign ministry spokeswoman
Maria Zakharova", quoted with no state), and heads of international bodies, with the dates of
each term so that the post fits the article's date.

Kept as data, not code: ``loaders/actors/data/officeholders.csv`` (UTF-8), header
``name,aliases,country,office,start,end``. One row per (person, office, term); ``aliases`` are
";"-separated full-name spellings (never bare surnames: the extractor resolves those itself);
``country`` is ISO 3166-1 alpha-3, empty for officials of international bodies; ``start`` and
``end`` are ISO dates, ``end`` empty while in office.

To extend it, append rows to the CSV (the same person keeps the same ``name`` across rows, and
an alias may belong to one person only), then run ``tests/loaders/actors/test_officeholders.py``,
which checks codes, dates, duplicates and alias clashes. Leave out a row you are unsure of: a
wrong post on a well-known name is worse than no post.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from schema.errors import DiplographError
from schema.ids import name_words

DATA_FILE = "officeholders.csv"
_HEADER = ("name", "aliases", "country", "office", "start", "end")


class OfficeholderDataError(DiplographError):
    """The office-holder table is malformed; names the file and line."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"{DATA_FILE}, line {line}: {problem}")
        self.line, self.problem = line, problem


@dataclass(frozen=True, slots=True)
class Officeholder:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    """ISO 3166-1 alpha-3 of the state served; None for officials of international bodies."""
    office: str
    start: date
    end: date | None
    """None while still in office."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def holds_on(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


def normalise(name: str) -> str:
    """The key of a name: the one resolution uses, so "Radosław" and "Radoslaw" meet here too."""
    return " ".join(name_words(name))


def _date(text: str, line: int, column: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise OfficeholderDataError(line, f"{column} {text!r} is not a YYYY-MM-DD date") from None


def _row(fields: list[str], line: int) -> Officeholder:
    if len(fields) != len(_HEADER):
        raise OfficeholderDataError(
            line, f"expected {len(_HEADER)} fields ({','.join(_HEADER)}), found {len(fields)}"
        )
    name, aliases, country, office, start, end = (f.strip() for f in fields)
    if not name or not office or not start:
        raise OfficeholderDataError(line, "name, office and start are required")
    if country and not (len(country) == 3 and country.isalpha() and country.isupper()):
        raise OfficeholderDataError(line, f"country {country!r} is not an ISO alpha-3 code")
    first = _date(start, line, "start")
    last = _date(end, line, "end") if end else None
    if last is not None and last < first:
        raise OfficeholderDataError(line, f"end {end} is before start {start}")
    return Officeholder(
        name=name,
        aliases=tuple(a.strip() for a in aliases.split(";") if a.strip()),
        country=country or None,
        office=office,
        start=first,
        end=last,
    )


def parse(text: str) -> tuple[Officeholder, ...]:
    """Rows of the CSV text; OfficeholderDataError on a bad header or row."""
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != _HEADER:
        raise OfficeholderDataError(1, f"header must be {','.join(_HEADER)}, found {header}")
    rows: list[Officeholder] = []
    for fields in reader:
        if not fields or all(not f.strip() for f in fields):
            continue
        rows.append(_row(fields, reader.line_num))
    return tuple(rows)


@cache
def officeholders() -> tuple[Officeholder, ...]:
    """Every row of the shipped table, in file order."""
    text = resources.files("loaders.actors").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return parse(text)


@cache
def _index() -> dict[str, tuple[Officeholder, ...]]:
    index: dict[str, list[Officeholder]] = {}
    for row in officeholders():
        for form in row.names:
            rows = index.setdefault(normalise(form), [])
            if row not in rows:
                rows.append(row)
    return {key: tuple(rows) for key, rows in index.items()}


def lookup(name: str, on: date | None = None) -> Officeholder | None:
    """The row for a full name or alias whose term contains ``on``.

    With ``on`` None, or outside every term of that person, the most recent row: the state is
    the same, the post may not be. None for a name not in the table.
    """
    rows = _index().get(normalise(name))
    if not rows:
        return None
    if on is not None:
        holding = [row for row in rows if row.holds_on(on)]
        if holding:
            return max(holding, key=lambda row: row.start)
    return max(rows, key=lambda row: (row.end or date.max, row.start))


@cache
def _surname_index() -> dict[str, tuple[str, ...]]:
    """Last word of every name and alias -> the distinct people (by name) who carry it."""
    index: dict[str, set[str]] = {}
    for row in officeholders():
        for form in row.names:
            words = normalise(form).split()
            if len(words) > 1:
                index.setdefault(words[-1], set()).add(row.name)
    return {key: tuple(sorted(names)) for key, names in index.items()}


def lookup_surname(surname: str, on: date | None = None) -> Officeholder | None:
    """The row of the one person in the table whose name ends in ``surname`` ("Erdogan"), as
    `lookup` gives it; None when nobody or several people do ("Kim", "Lee")."""
    key = normalise(surname)
    people = _surname_index().get(key, ())
    if len(people) != 1 or len(key) < 2:
        return None
    return lookup(people[0], on)
