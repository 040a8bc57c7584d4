""" "what Zelensky called a provocation by Russia": who calls an act a wrong done by another
accuses that other (model-backed, sentences of our own wording)."""

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
            "Poland scrambled jets after what Zelensky called a provocation by Russia.",
            ("Volodymyr Zelensky", "Russia"),
        ),
        (
            "Kyiv closed the border over what Zelensky described as an act of aggression "
            "by Moscow.",
            ("Volodymyr Zelensky", "Russia"),
        ),
        (
            "Lavrov said the move was a direct violation of the terms of the deal by Ukraine.",
            ("Sergey Lavrov", "Ukraine"),
        ),
        (
            "Blinken called the strike a clear breach of the ceasefire by Iran.",
            ("Antony Blinken", "Iran"),
        ),
        (
            "The launch, which Biden described as a violation by Pyongyang of UN resolutions, "
            "alarmed Tokyo.",
            ("Joe Biden", "North Korea"),
        ),
        (
            "Egypt recalled its envoy over what Blinken called crimes committed by Russian "
            "troops in the east.",
            ("Antony Blinken", "Russia"),
        ),
        (
            "Qatar closed the office over what it called Iranian interference in its affairs.",
            ("Qatar", "Iran"),
        ),
    ],
)
def test_calling_an_act_a_wrong_by_another_accuses_them(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov did not say the move was a violation of the deal by Ukraine.",
        "The provocation by Russia prompted talks between Blinken and Lavrov.",
        "Lavrov said the drills were not a provocation by NATO.",
        "Biden called the visit a success by any measure.",
        "Putin said the strike was a response by Russia to the attacks.",
        "If Lavrov called it a provocation by NATO, talks would end.",
        "The strike was called a breach of the truce by Blinken.",
        "Lavrov called it an Iranian success in the talks.",
        "Zelensky spoke of crimes reported by Ukrainian prosecutors in the east.",
        "Blinken condemned what he called Moscow's attacks on power plants.",
    ],
)
def test_no_charge_without_a_called_wrong(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "ACCUSED"]
