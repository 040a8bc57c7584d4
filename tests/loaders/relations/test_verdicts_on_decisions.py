""" "called Moscow's move rude and senseless", "said the decision was ill-considered", "described
the move as reckless": a verdict of unwisdom or impropriety on a decision or act condemns the one
who made it (model-backed, sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken said Beijing's decision to cut the talks was ill-considered.",
            ("Antony Blinken", "China"),
        ),
        ("Lavrov called Kyiv's proposal rude and senseless.", ("Sergey Lavrov", "Ukraine")),
        (
            "Zelensky said the Kremlin's stance was short-sighted and unhelpful.",
            ("Volodymyr Zelensky", "Russia"),
        ),
        ("Blinken called the Iranian plan unworkable.", ("Antony Blinken", "Iran")),
        (
            "Stoltenberg said Moscow's response was simply misguided.",
            ("Jens Stoltenberg", "Russia"),
        ),
        (
            "Russia shut its consulate in Odesa on Monday. Zelensky described the move "
            "as reckless.",
            ("Volodymyr Zelensky", "Russia"),
        ),
    ],
)
def test_verdict_on_a_decision_condemns_its_maker(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(read(text), "CONDEMNED")


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said Beijing's decision was not ill-considered.",
        "Russia shut its consulate in Odesa on Monday. Zelensky described the move as a "
        "response to threats.",
        "Blinken said Beijing's decision was wise and timely.",
    ],
)
def test_no_verdict_no_condemnation(read: Reader, text: str) -> None:
    assert not pairs(read(text), "CONDEMNED")


def test_a_decision_is_not_the_last_condemners(read: Reader) -> None:
    # who condemned something just before issued no "decision": the verdict is not aimed at them
    doc = read(
        "Armenia recalled its envoy from Baku on Monday. "
        "NATO strongly condemned the raid on the embassy. "
        "Lavrov said the decision was short-sighted and reckless."
    )
    assert ("Sergey Lavrov", "NATO") not in pairs(doc, "CONDEMNED")
