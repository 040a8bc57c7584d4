"""An official who was (or will be) in another state's capital visited it (model-backed), on
sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Blinken was in the Ukrainian capital on Saturday with Stoltenberg.",
            ("Antony Blinken", "VISITED", "Ukraine"),
        ),
        (
            "Lavrov was in Doha on Tuesday, where he met Qatari officials.",
            ("Sergey Lavrov", "VISITED", "Qatar"),
        ),
        ("Blinken was in Cairo on Monday, officials said.", ("Antony Blinken", "VISITED", "Egypt")),
        (  # a time clause: being there is asserted all the same
            "Two tankers were hit in the Gulf while Blinken was in Cairo on a mission to ease "
            "tension between Egypt and Russia.",
            ("Antony Blinken", "VISITED", "Egypt"),
        ),
    ],
)
def test_an_official_in_a_foreign_capital_visited_it(
    read: Reader, text: str, visit: tuple[str, str, str]
) -> None:
    assert visit in triples(read(text))


def test_an_official_who_will_be_there_plans_a_visit(read: Reader) -> None:
    doc = read("Blinken will be in Beijing next week.")
    assert ("Antony Blinken", "VISITED", "China") in triples(doc)
    assert {r.status.value for r in doc._.relations if r.type.value == "VISITED"} == {"PLANNED"}


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov was not in Cairo for the talks, his ministry said.",
        "If Lavrov were in Cairo, he would meet Egyptian officials.",
        "Cairo said it would protest if Lavrov was in Cairo without an invitation.",
        "Lavrov was in Moscow on Monday.",
        "The reporter was in Moscow when he was arrested.",
        "Blinken was in talks with Lavrov about Ukraine.",
        "The Egyptian economy was in recession, Blinken said.",
    ],
)
def test_absent_home_or_unknown_people_visit_nothing(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "VISITED"}


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Blinken spent two days in Cairo, where he met Egyptian officials.", "Egypt"),
        ("Lavrov spent a week in Doha before flying home.", "Qatar"),
    ],
)
def test_days_spent_abroad_are_a_visit(read: Reader, text: str, visit: str) -> None:
    assert ("Antony Blinken" if "Blinken" in text else "Sergey Lavrov", "VISITED", visit) in (
        triples(read(text))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov spent two days in Moscow preparing for the summit.",  # at home
        "Blinken spent years in Paris as a student.",  # years: a life, not a trip
        "Blinken spent two hours on the phone with officials in Cairo.",  # a call
        "Blinken did not spend two days in Cairo, his office said.",
    ],
)
def test_stays_at_home_or_long_ago_visit_nothing(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "VISITED"}
