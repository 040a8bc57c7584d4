"""Expulsions in the wordings news uses besides "expelled the ambassador": told from the side of
the expelled, lists of states the envoys came from, coordinated demonyms, plural personae non
gratae, and the envoy named with the state he serves (ANNOTATION.md: the diplomats' state)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Russian diplomats were told to leave Estonia by the end of the week.",
            {("Estonia", "Russia")},
        ),
        (
            "Argentina's ambassador and his staff were ordered to leave Caracas.",
            {("Venezuela", "Argentina")},
        ),
        (
            "Venezuela expelled diplomats from Argentina, Chile and Uruguay on Monday.",
            {("Venezuela", "Argentina"), ("Venezuela", "Chile"), ("Venezuela", "Uruguay")},
        ),
        (
            "Russia announced the expulsion of the Swedish, Danish and Norwegian ambassadors.",
            {("Russia", "Sweden"), ("Russia", "Denmark"), ("Russia", "Norway")},
        ),
        (
            "Germany declared two Russian embassy employees personae non gratae.",
            {("Germany", "Russia")},
        ),
        ("Mali kicked out the French ambassador on Monday.", {("Mali", "France")}),
        ("Bamako ordered the expulsion of the French ambassador.", {("Mali", "France")}),
        ("China told the Lithuanian ambassador to leave Beijing.", {("China", "Lithuania")}),
        ("Peru expelled Mexico's ambassador Pablo Monroy after the row.", {("Peru", "Mexico")}),
        ("Peru's government declared the Mexican envoy persona non grata.", {("Peru", "Mexico")}),
        (
            "Niger's military rulers told the French ambassador to leave the country.",
            {("Niger", "France")},
        ),
        (
            "Venezuela demanded that Argentina and Chile withdraw their diplomats at once.",
            {("Venezuela", "Argentina"), ("Venezuela", "Chile")},
        ),
        (
            "Caracas demanded the withdrawal of the diplomatic representatives of Peru.",
            {("Venezuela", "Peru")},
        ),
    ],
)
def test_expulsion_wordings(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extracted_triples(extractor, text)
    assert {(s, t) for s, kind, t in found if kind == "EXPELLED"} >= expected


@pytest.mark.parametrize(
    "text",
    [
        # citizens told by their own side to leave a war zone: no expulsion
        "American citizens were told to leave Lebanon immediately.",
        "Argentina's ambassador and his staff were not ordered to leave Caracas.",
        "If Russian diplomats were told to leave Estonia, Moscow would retaliate.",
        "The ambassador was told to leave the meeting early.",
        # a withdrawal demanded of troops or of a bill is an urging, not an expulsion
        "Kyiv demanded that Russia withdraw its troops from Ukrainian territory.",
        "The EU demanded that Hungary withdraw the bill.",
        "Venezuela did not demand that Argentina withdraw its diplomats.",
        # fighters driven out are no expelled diplomats
        "Russia expelled Ukrainian troops from Kursk.",
        "Ukraine ousted Russian forces from the Kharkiv region.",
    ],
)
def test_no_expulsion(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "EXPELLED"}


def test_the_expellers_own_capital_is_no_state_expelled(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Russia expelled the Swedish diplomats from Moscow.")
    assert {(s, t) for s, kind, t in found if kind == "EXPELLED"} == {("Russia", "Sweden")}


def test_a_two_word_demonym_names_the_expelled_state(extractor: Extractor) -> None:
    """ "South Africans" is South Africa's nationals: the head word alone names no state."""
    text = (
        "Kenya expelled two South Africans working at the embassy, accusing them of spying. "
        "South Africa denied it."
    )
    found = extracted_triples(extractor, text)
    assert ("Kenya", "EXPELLED", "South Africa") in found
