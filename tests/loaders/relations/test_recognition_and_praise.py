"""Support told by recognising a person, by being called one's backers, and by saying a person
is the legitimate leader (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Washington recognised Zelensky on Monday.", "United States", "Volodymyr Zelensky"),
        ("China and Iran are the main backers of Putin.", "Iran", "Vladimir Putin"),
        ("China and Iran are the main backers of Putin.", "China", "Vladimir Putin"),
        (
            "Blinken said Zelensky was the legitimate leader.",
            "Antony Blinken",
            "Volodymyr Zelensky",
        ),
        ("Lavrov said Putin was a brave statesman.", "Sergey Lavrov", "Vladimir Putin"),
    ],
)
def test_support_told_by_recognition_backers_or_praise(
    read: Reader, text: str, backer: str, backed: str
) -> None:
    assert (backer, "SUPPORTED", backed) in triples(read(text))


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Blinken said Putin was not the legitimate leader.", "Antony Blinken", "Vladimir Putin"),
        ("Washington did not recognise Putin's victory.", "United States", "Vladimir Putin"),
        ("Washington recognised Russia as a state sponsor of terror.", "United States", "Russia"),
    ],
)
def test_denied_legitimacy_or_an_unrecognised_claim_is_no_support(
    read: Reader, text: str, backer: str, backed: str
) -> None:
    assert (backer, "SUPPORTED", backed) not in triples(read(text))


def test_a_denied_label_is_no_condemnation(read: Reader) -> None:
    found = triples(read("Blinken said Putin was not a war criminal."))
    assert ("Antony Blinken", "CONDEMNED", "Vladimir Putin") not in found
