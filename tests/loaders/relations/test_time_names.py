"""A name the parser hung on a time that dates the clause ("from Baku days after"): still the
slot's filler (time_names.py), on sentences of our own wording (model-backed)."""

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
        (
            "Berg praised the talks on Sunday, drawing a sharp rebuke from Baku days after the "
            "worst fighting in years.",
            ("Azerbaijan", "CONDEMNED", "Anna Berg"),
        ),
        (
            "Keller denounced the vote, drawing criticism from Beijing hours after the result.",
            ("China", "CONDEMNED", "Tom Keller"),
        ),
        (
            "Washington imposed economic sanctions on Iran weeks after the vote.",
            ("United States", "SANCTIONED", "Iran"),
        ),
        (
            "Putin held talks with Kim days after the summit in Pyongyang.",
            ("Vladimir Putin", "MET_WITH", "Kim Jong Un"),
        ),
        (
            "Biden met Zelensky days after the attack.",
            ("Joe Biden", "MET_WITH", "Volodymyr Zelensky"),
        ),
        (
            "Lavrov called on Blinken hours before the vote to drop the plan.",
            ("Sergey Lavrov", "URGED", "Antony Blinken"),
        ),
    ],
)
def test_a_name_before_a_dating_time_fills_the_slot(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        (
            "Berg praised the talks, drawing no rebuke from Baku days after the fighting.",
            ("Azerbaijan", "CONDEMNED", "Anna Berg"),
        ),
        (
            "Washington did not impose sanctions on Iran weeks after the vote.",
            ("United States", "SANCTIONED", "Iran"),
        ),
        (
            "Biden did not meet Zelensky days after the attack.",
            ("Joe Biden", "MET_WITH", "Volodymyr Zelensky"),
        ),
        (
            "Washington may impose sanctions on Iran weeks after the vote.",
            ("United States", "SANCTIONED", "Iran"),
        ),
    ],
)
def test_the_name_keeps_its_clause_modality(
    read: Reader, text: str, unexpected: tuple[str, str, str]
) -> None:
    assert unexpected not in triples(read(text))


def test_a_time_with_a_number_is_left_alone(read: Reader) -> None:
    found = triples(read("Blinken arrived in Kyiv two days after the attack."))
    assert ("Antony Blinken", "VISITED", "Ukraine") in found
