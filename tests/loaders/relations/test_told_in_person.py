"""Telling a leader something is a meeting; an order, a letter or an audience is not
(relations/told_in_person.py). Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Deputy Foreign Minister Anna Kovacs told Ambassador Peter Lindqvist that the "
            "resolution was unacceptable.",
            "Anna Kovacs",
            "Peter Lindqvist",
        ),
        (
            "French President Emmanuel Macron told Indian Prime Minister Narendra Modi on "
            "Thursday that Paris would deliver the jets on time.",
            "Emmanuel Macron",
            "Narendra Modi",
        ),
    ],
)
def test_a_leader_told_something_met_the_teller(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    assert met(extracted_triples(extractor, text), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "German Chancellor Olaf Scholz told French President Emmanuel Macron in a letter "
            "that Berlin would not pay.",
            "Olaf Scholz",
            "Emmanuel Macron",
        ),
        (
            "The ministry declared the consul, Maria Lopez, persona non grata and Foreign "
            "Minister Sergei Lavrov told her to leave within a week.",
            "Sergei Lavrov",
            "Maria Lopez",
        ),
        (
            "German Chancellor Olaf Scholz said Berlin stood by Kyiv, while Polish Prime "
            "Minister Donald Tusk told Ukrainian President Volodymyr Zelenskiy that Warsaw "
            "would keep sending arms.",
            "Donald Tusk",
            "Volodymyr Zelenskiy",
        ),
        (
            "U.S. President Joe Biden has pressed Israeli Prime Minister Benjamin Netanyahu to "
            "curb settlers, telling him the attacks must stop.",
            "Joe Biden",
            "Benjamin Netanyahu",
        ),
    ],
)
def test_a_letter_an_order_or_an_audience_is_no_meeting(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    assert not met(extracted_triples(extractor, text), a, b)


def test_a_state_that_told_a_minister_met_no_one(extractor: Extractor) -> None:
    text = "India told Chinese Foreign Minister Wang Yi on Friday that ties could not improve."
    assert not met(extracted_triples(extractor, text), "India", "Wang Yi")
