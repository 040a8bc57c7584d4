"""The sides of a meeting named after "between": one side's state and members did not meet one
another (meeting_sides.py); parties of different sides did (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, ActorRow, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Xi Jinping", "PERSON", "CHN", ("Xi",)),
    ("Narendra Modi", "PERSON", "IND", ("Modi",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


def _met(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "MET_WITH", b) in found or (b, "MET_WITH", a) in found


@pytest.mark.parametrize(
    ("text", "met", "not_met"),
    [
        (
            "The ceasefire followed a meeting between Putin and a Ukrainian delegation led by "
            "Zelensky.",
            [("Vladimir Putin", "Volodymyr Zelensky"), ("Vladimir Putin", "Ukraine")],
            [("Volodymyr Zelensky", "Ukraine")],
        ),
        (
            "Talks between Lavrov and an American team including Berg and Keller ended late on "
            "Friday.",
            [("Sergey Lavrov", "Anna Berg"), ("Sergey Lavrov", "Tom Keller")],
            [("Anna Berg", "Tom Keller"), ("Anna Berg", "United States")],
        ),
        (
            "The accord was signed after negotiations between Israel and a delegation of Egypt "
            "headed by Keller.",
            [("Israel", "Egypt"), ("Israel", "Tom Keller")],
            [("Egypt", "Tom Keller")],
        ),
    ],
)
def test_one_sides_parties_did_not_meet_each_other(
    read: Reader, text: str, met: list[tuple[str, str]], not_met: list[tuple[str, str]]
) -> None:
    found = triples(read(text))
    assert all(_met(found, a, b) for a, b in met)
    assert not any(_met(found, a, b) for a, b in not_met)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "A meeting between Biden, Xi and Modi took place in Bali.",
            [("Joe Biden", "Xi Jinping"), ("Xi Jinping", "Narendra Modi")],
        ),
        (
            "The deal came after talks between Kyiv, Moscow and Tehran.",
            [("Ukraine", "Russia"), ("Russia", "Iran"), ("Ukraine", "Iran")],
        ),
        (
            "The talks between Blinken and Lavrov lasted three hours.",
            [("Antony Blinken", "Sergey Lavrov")],
        ),
    ],
)
def test_each_listed_side_meets_the_others(
    read_more: Reader, text: str, pairs: list[tuple[str, str]]
) -> None:
    found = triples(read_more(text))
    assert all(_met(found, a, b) for a, b in pairs)


def test_talks_between_sides_called_off_are_no_meeting(read: Reader) -> None:
    text = "Talks between Lavrov and an American team including Berg never took place."
    assert not any(t[1] == "MET_WITH" for t in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Talks between Israeli and Iranian officials took place in Doha.", ("Israel", "Iran")),
        ("Talks between Russian and Ukrainian envoys resumed in Cairo.", ("Russia", "Ukraine")),
    ],
)
def test_coordinated_modifiers_of_one_noun_are_its_sides(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert _met(triples(read(text)), *pair)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "China and the United States agreed to cut tariffs. It followed the first meeting "
            "between senior officials of the two countries in a decade.",
            ("China", "United States"),
        ),
        (
            "Talks between the foreign ministers of Armenia and Azerbaijan opened in Prague.",
            ("Armenia", "Azerbaijan"),
        ),
        ("Talks between envoys of Israel and Iran resumed in Doha.", ("Israel", "Iran")),
    ],
)
def test_states_listed_in_one_sides_of_phrase_are_sides(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert _met(triples(read(text)), *pair)
