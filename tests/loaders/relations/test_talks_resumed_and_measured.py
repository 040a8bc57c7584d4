"""Talks two sides take up again ("reopened negotiations", "restarted talks") are talks they
hold, and talks measured in hours, days or rounds ("after five hours of talks with Putin") are an
adjunct of the clause the measure hangs on, whose subject held them; on sentences of our own
wording. Talks held only through others ("indirect talks") stay unread."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _met(read: Reader, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(read(text), "MET_WITH")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kyiv and Moscow reopened negotiations on Tuesday.", ("Ukraine", "Russia")),
        ("Egypt and Ethiopia restarted talks over the dam in Cairo.", ("Egypt", "Ethiopia")),
        (
            "Biden and Putin announced the deal after an hour of talks in Geneva.",
            ("Joe Biden", "Vladimir Putin"),
        ),
        (
            "Lavrov and Blinken agreed on a prisoner swap after three days of negotiations.",
            ("Sergey Lavrov", "Antony Blinken"),
        ),
        (
            "Zelensky left for Warsaw a day after more than four hours of talks with Biden.",
            ("Volodymyr Zelensky", "Joe Biden"),
        ),
    ],
)
def test_resumed_and_measured_talks_are_met(
    read: Reader, text: str, sides: tuple[str, str]
) -> None:
    assert frozenset(sides) in _met(read, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine held indirect talks in Doha after weeks of preparation.",
        "Russia and Ukraine hope to reopen negotiations next year.",
        # a round the two came for, which a go-between may hold with each apart
        "Russia and Ukraine were in Geneva for a round of talks, but never sat down together.",
    ],
)
def test_no_meeting_for_indirect_or_hoped_talks(read: Reader, text: str) -> None:
    assert frozenset(("Russia", "Ukraine")) not in _met(read, text)


def test_talks_between_named_sides_keep_their_sides(read: Reader) -> None:
    text = (
        "Russia and China agreed on the pipeline after five hours of talks between Putin and Kim."
    )
    met = _met(read, text)
    assert frozenset(("Vladimir Putin", "Kim Jong Un")) in met
    assert frozenset(("Russia", "China")) not in met


def test_passive_clause_after_days_of_talks_names_no_sides(read: Reader) -> None:
    text = (
        "The accord was signed by Lavrov and by Blinken after six days of talks chaired by "
        "the panel: Zelensky, Biden and Stoltenberg."
    )
    met = _met(read, text)
    assert frozenset(("Volodymyr Zelensky", "Jens Stoltenberg")) not in met
