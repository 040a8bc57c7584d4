"""Date expressions resolved against the publication date (no model needed)."""

from __future__ import annotations

import datetime as dt

from loaders.relations.dates import parse_expression
from schema.ontology import Status

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
