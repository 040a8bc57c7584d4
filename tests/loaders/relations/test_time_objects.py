"""A time phrase after the object ("sanctioned Keller the following month") is no object: the
parser's dative before it is (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing sanctioned Keller the following month.", ("China", "SANCTIONED", "Tom Keller")),
        ("China sanctioned Keller the same day.", ("China", "SANCTIONED", "Tom Keller")),
        ("Iran arrested Berg the same day.", ("Iran", "DETAINED", "Anna Berg")),
        ("Moscow expelled Keller the following week.", ("Russia", "EXPELLED", "Tom Keller")),
        ("Zelensky thanked Biden that evening.", ("Volodymyr Zelensky", "SUPPORTED", "Joe Biden")),
    ],
)
def test_the_one_before_a_time_phrase_is_the_object(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Beijing did not sanction Keller the following month.",
        "Beijing could sanction Keller next month.",
        "Iran threatened to arrest Berg the same day.",
    ],
)
def test_a_negated_or_possible_act_stays_nothing(read: Reader, text: str) -> None:
    assert not triples(read(text))


def test_a_counted_span_is_no_time_phrase(read: Reader) -> None:
    """ "gave the ambassador three days to leave" keeps its reading (an expulsion)."""
    found = triples(read("Moscow gave the American ambassador three days to leave."))
    assert ("Russia", "EXPELLED", "United States") in found
