"""The home state of well-known companies and media outlets: "Gazprom", "Huawei", "Al Jazeera".

Why: ANNOTATION.md gives every actor the state it belongs to or serves, companies and outlets
included, and users filter the graph by country. Nothing in "Gazprom halted deliveries" says
that Gazprom is Russian; a reader knows it. Organizations the extractor finds by NER or by a
company noun ("gas giant Gazprom") came out with no country.

Kept as data, not code: ``loaders/actors/data/companies.csv`` (UTF-8), header
``name,aliases,country``. A general list, not one drawn from the dev set: state-owned energy,
nuclear, defence, telecom, airline, shipping and banking companies; national news agencies and
state broadcasters; the largest private multinationals diplomatic news names. ``aliases`` are
";"-separated forms news uses ("Aramco", "CNPC"). Only the country is read here: the table finds
no new actor, so an agency cited as a source ("Xinhua reported") stays no actor
(body_names.py). Leave out a company whose home is unclear (Airbus, Rio Tinto, TikTok): a wrong
country is worse than none.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from schema.errors import DiplographError
from schema.ids import name_words

DATA_FILE = "companies.csv"
_HEADER = ("name", "aliases", "country")


class CompanyDataError(DiplographError):
    """The company table is malformed; names the file and line."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"{DATA_FILE}, line {line}: {problem}")
        self.line, self.problem = line, problem


def _key(name: str) -> str:
    """ "The Associated Press" and "Associated Press", "Petróleos" and "Petroleos" meet here."""
    words = name_words(name)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def parse(text: str) -> dict[str, str]:
    """Normalised form -> ISO3 for every name and alias of the CSV text; CompanyDataError on a
    bad header, a bad code, or one form given two states."""
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != _HEADER:
        raise CompanyDataError(1, f"header must be {','.join(_HEADER)}, found {header}")
    table: dict[str, str] = {}
    for fields in reader:
        if not fields or all(not f.strip() for f in fields):
            continue
        line = reader.line_num
        if len(fields) != len(_HEADER):
            raise CompanyDataError(line, f"expected {len(_HEADER)} fields, found {len(fields)}")
        name, aliases, country = (f.strip() for f in fields)
        if not name or not (len(country) == 3 and country.isalpha() and country.isupper()):
            raise CompanyDataError(line, f"needs a name and an ISO alpha-3 code, got {country!r}")
        for form in (name, *aliases.split(";")):
            key = _key(form)
            if not key:
                continue
            if table.get(key, country) != country:
                raise CompanyDataError(line, f"{form!r} already belongs to {table[key]}")
            table[key] = country
    return table


@cache
def _table() -> dict[str, str]:
    text = resources.files("loaders.actors").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return parse(text)


_SUFFIXES = frozenset({"co", "corp", "corporation", "ltd", "limited", "inc", "plc", "llc", "pjsc",
                       "jsc", "group", "holdings"})  # fmt: skip
"""Legal-form words news may add after a name: "Huawei Technologies Co Ltd", "Rosneft PJSC"."""


def company_country(name: str) -> str | None:
    """ISO3 of the home state of a well-known company or outlet named so, with or without the
    legal-form words after it, else None."""
    words = _key(name).split()
    while words:
        found = _table().get(" ".join(words))
        if found or words[-1] not in _SUFFIXES:
            return found
        words.pop()
    return None
