"""Date expressions resolved against the publication date (no model needed)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from loaders.relations.dates import FactDate, parse_dated, parse_expression
from schema.models import Article
from schema.ontology import DatePrecision, Status

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

WEDNESDAY = dt.date(2023, 9, 13)


def test_weekday_of_publication_is_that_day_for_past_news() -> None:
    assert parse_expression("Wednesday", WEDNESDAY, Status.OCCURRED) == WEDNESDAY


def test_past_weekday_is_the_latest_one_before() -> None:
    assert parse_expression("on Saturday", WEDNESDAY, Status.OCCURRED) == dt.date(2023, 9, 9)


def test_planned_weekday_is_the_next_one() -> None:
    assert parse_expression("Friday", WEDNESDAY, Status.PLANNED) == dt.date(2023, 9, 15)


def test_month_and_year() -> None:
    assert parse_expression("April 2019", WEDNESDAY, Status.OCCURRED) == dt.date(2019, 4, 1)


def test_relative_expression() -> None:
    found = parse_expression("last week", WEDNESDAY, Status.OCCURRED)
    assert found is not None and dt.date(2023, 9, 4) <= found <= dt.date(2023, 9, 10)


def test_durations_are_not_dates() -> None:
    assert parse_expression("more than 18 months", WEDNESDAY, Status.OCCURRED) is None
    assert parse_expression("four", WEDNESDAY, Status.OCCURRED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 2018", dt.date(2018, 1, 1)),
        ("early 2019", dt.date(2019, 1, 1)),
        ("the end of 2021", dt.date(2021, 1, 1)),
        ("2018-19", dt.date(2018, 1, 1)),
        ("last July", dt.date(2023, 7, 1)),
        ("last October", dt.date(2022, 10, 1)),
        ("last March", dt.date(2023, 3, 1)),
        ("in March last year", dt.date(2022, 3, 1)),
        ("two years ago", dt.date(2021, 1, 1)),
        ("three weeks ago", dt.date(2023, 8, 23)),
        # the tagger's spans run on; their start still reads
        ("December 2018, days", dt.date(2018, 12, 1)),
        ("August 2022 to 12 years", dt.date(2022, 8, 1)),
        ("from 1998 to 2000", dt.date(1998, 1, 1)),
    ],
)
def test_years_months_and_counts_back_are_placed(text: str, expected: dt.date) -> None:
    assert parse_expression(text, WEDNESDAY, Status.OCCURRED) == expected


DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Saturday", FactDate(dt.date(2023, 9, 9), DAY)),
        ("yesterday", FactDate(dt.date(2023, 9, 12), DAY)),
        ("on 14 March 2022", FactDate(dt.date(2022, 3, 14), DAY)),
        ("March 14", FactDate(dt.date(2023, 3, 14), DAY)),
        ("in March 2022", FactDate(dt.date(2022, 3, 1), MONTH)),
        ("last month", FactDate(dt.date(2023, 8, 1), MONTH)),
        ("three months ago", FactDate(dt.date(2023, 6, 1), MONTH)),
        ("last July", FactDate(dt.date(2023, 7, 1), MONTH)),
        ("in 2018", FactDate(dt.date(2018, 1, 1), YEAR)),
        ("last year", FactDate(dt.date(2022, 1, 1), YEAR)),
        ("two years ago", FactDate(dt.date(2021, 1, 1), YEAR)),
    ],
)
def test_a_date_says_how_much_of_it_the_text_gave(text: str, expected: FactDate) -> None:
    """A month or year is its first day, marked as such: "2018" is not New Year's Day."""
    assert parse_dated(text, WEDNESDAY, Status.OCCURRED) == expected


def test_a_decade_is_no_day() -> None:
    assert parse_expression("the 1990s", WEDNESDAY, Status.OCCURRED) is None


def _dated(extractor: Extractor, text: str) -> dict[str, dt.date | None]:
    found = extractor.extract(Article(id="article:t", text=text, published=WEDNESDAY))
    return {r.type.value: r.date for r in found.relations}


@pytest.mark.model
def test_a_background_fact_keeps_its_year(extractor: Extractor) -> None:
    text = "The United States imposed sanctions on Iran in 2018, after talks collapsed."
    assert _dated(extractor, text) == {"SANCTIONED": dt.date(2018, 1, 1)}


@pytest.mark.model
def test_a_fact_of_an_unpinned_past_is_not_dated_today(extractor: Extractor) -> None:
    text = "Iran detained Siamak Namazi in the 1990s, and he has been held since."
    assert _dated(extractor, text) == {"DETAINED": None}


@pytest.mark.model
def test_a_first_meeting_since_a_year_is_today_s(extractor: Extractor) -> None:
    text = "Putin held talks with Xi on Wednesday, their first in-person meeting since 2019."
    assert _dated(extractor, text) == {"MET_WITH": WEDNESDAY}


@pytest.mark.model
def test_facts_carry_the_precision_of_their_date(extractor: Extractor) -> None:
    text = (
        "The United States imposed sanctions on Iran in 2018. "
        "Putin held talks with Xi on Wednesday."
    )
    found = extractor.extract(Article(id="article:t", text=text, published=WEDNESDAY))
    precision = {r.type.value: (r.date, r.date_precision) for r in found.relations}
    assert precision == {
        "SANCTIONED": (dt.date(2018, 1, 1), DatePrecision.YEAR),
        "MET_WITH": (WEDNESDAY, DatePrecision.DAY),
    }
    (meeting,) = [e for e in found.events if e.type.value == "MEETING"]
    assert meeting.date_precision is DatePrecision.DAY
