"""The curated office-holder table: well-formed rows, and lookup by name and date."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from loaders.actors.officeholders import (
    OfficeholderDataError,
    lookup,
    normalise,
    officeholders,
    parse,
)

HEADER = "name,aliases,country,office,start,end\n"
USER_ASSIGNED = {"XKX"}  # Kosovo: no ISO 3166-1 code; the project uses XKX like country_converter


def test_the_table_is_large_enough_to_matter() -> None:
    assert len(officeholders()) >= 400


def test_every_country_is_an_iso3_code_or_empty() -> None:
    bad = [
        (row.name, row.country)
        for row in officeholders()
        if row.country is not None
        and row.country not in USER_ASSIGNED
        and pycountry.countries.get(alpha_3=row.country) is None
    ]
    assert bad == []


def test_every_term_ends_after_it_starts() -> None:
    bad = [row.name for row in officeholders() if row.end is not None and row.end < row.start]
    assert bad == []


def test_every_row_overlaps_the_period_or_is_current() -> None:
    bad = [
        row.name
        for row in officeholders()
        if row.start > date(2025, 12, 31) or (row.end is not None and row.end < date(2019, 1, 1))
    ]
    assert bad == []


def test_no_duplicate_name_office_start() -> None:
    seen: set[tuple[str, str, date]] = set()
    duplicates = []
    for row in officeholders():
        key = (row.name, row.office, row.start)
        if key in seen:
            duplicates.append(key)
        seen.add(key)
    assert duplicates == []


def test_no_name_or_alias_belongs_to_two_people() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for row in officeholders():
        for form in row.names:
            key = normalise(form)
            if owner.setdefault(key, row.name) != row.name:
                clashes.append((form, owner[key], row.name))
    assert clashes == []


def test_one_person_keeps_one_country_per_office() -> None:
    countries: dict[tuple[str, str], set[str | None]] = {}
    for row in officeholders():
        countries.setdefault((row.name, row.office), set()).add(row.country)
    assert [key for key, found in countries.items() if len(found) > 1] == []


def test_a_spelling_without_accents_finds_erdogan() -> None:
    for spelling in ("Recep Tayyip Erdogan", "recep  tayyip ERDOĞAN", "Tayyip Erdogan"):
        row = lookup(spelling, date(2022, 5, 1))
        assert row is not None, spelling
        assert (row.name, row.country, row.office) == ("Recep Tayyip Erdoğan", "TUR", "President")


def test_hyphen_and_space_are_the_same() -> None:
    row = lookup("Frank Walter Steinmeier", date(2020, 1, 1))
    assert row is not None and row.country == "DEU"


def test_the_date_chooses_the_post() -> None:
    as_minister = lookup("Liz Truss", date(2022, 3, 1))
    as_premier = lookup("Liz Truss", date(2022, 10, 1))
    assert as_minister is not None and as_minister.office == "Foreign Secretary"
    assert as_premier is not None and as_premier.office == "Prime Minister"
    prabowo = lookup("Prabowo Subianto", date(2021, 6, 1))
    assert prabowo is not None and prabowo.office == "Defence Minister"


def test_the_date_chooses_the_holder_of_a_post() -> None:
    row = lookup("Boris Johnson", date(2020, 6, 1))
    assert row is not None and (row.country, row.office) == ("GBR", "Prime Minister")
    assert lookup("Rishi Sunak", date(2020, 6, 1)) is not None  # outside his term: latest row


def test_without_a_date_the_latest_post() -> None:
    row = lookup("Liz Truss")
    assert row is not None and row.office == "Prime Minister"
    current = lookup("Volodymyr Zelenskyy")
    assert current is not None and current.country == "UKR" and current.end is None


def test_officials_of_international_bodies_have_no_country() -> None:
    row = lookup("António Guterres", date(2023, 1, 1))
    assert row is not None and row.country is None
    assert row.office == "UN Secretary-General"


def test_an_unknown_name_is_none() -> None:
    assert lookup("Jane Q. Nobody", date(2021, 1, 1)) is None
    assert lookup("") is None


def test_a_malformed_row_names_the_file_and_line() -> None:
    with pytest.raises(OfficeholderDataError, match=r"officeholders\.csv, line 3: .*date"):
        parse(HEADER + "A B,,USA,President,2020-01-01,\nC D,,USA,President,2020-13-01,\n")
    with pytest.raises(OfficeholderDataError, match="line 2: expected 6 fields"):
        parse(HEADER + "A B,USA,President,2020-01-01\n")
    with pytest.raises(OfficeholderDataError, match=r"line 2: end .* before start"):
        parse(HEADER + "A B,,USA,President,2020-01-01,2019-01-01\n")
    with pytest.raises(OfficeholderDataError, match="line 1: header"):
        parse("who,what\n")
