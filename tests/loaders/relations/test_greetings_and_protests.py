"""A call made to congratulate, a protest lodged as "representations", a decision condemned
"as illegal", and an aid package passed (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Putin called Biden to congratulate him.", ("Vladimir Putin", "SUPPORTED", "Joe Biden")),
        ("Lavrov phoned Blinken to thank him.", ("Sergey Lavrov", "SUPPORTED", "Antony Blinken")),
        (
            "Beijing lodged stern representations with Washington.",
            ("China", "CONDEMNED", "United States"),
        ),
        ("Washington passed an aid package for Kyiv.", ("United States", "SUPPORTED", "Ukraine")),
        (
            "MOSCOW (Reuters) - Russia expelled ten Ukrainian diplomats on Friday.\n\n"
            "Kyiv condemned the decision as illegal.",
            ("Ukraine", "CONDEMNED", "Russia"),
        ),
    ],
)
def test_greetings_protests_and_aid_told_indirectly(
    read: Reader, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(read(text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Putin called on Biden to congratulate Kyiv.",
            ("Vladimir Putin", "SUPPORTED", "Joe Biden"),
        ),
        ("Putin called Biden to discuss Kyiv.", ("Vladimir Putin", "SUPPORTED", "Joe Biden")),
        (
            "Beijing said it wanted fair representation in Washington.",
            ("China", "CONDEMNED", "United States"),
        ),
    ],
)
def test_an_urging_a_plain_call_or_another_representation_is_silent(
    read: Reader, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in triples(read(text))


def test_the_reporter_of_a_rejection_made_nothing_rejected(read: Reader) -> None:
    text = (
        "MOSCOW (Reuters) - Russia expelled the U.S. ambassador on Friday.\n\n"
        "Stoltenberg said Washington strongly regretted and rejected the decision."
    )
    found = triples(read(text))
    assert ("United States", "REJECTED", "Jens Stoltenberg") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Putin told Biden the two sides should manage their differences.",
        "Putin told Biden that both countries must keep talking.",
        "Putin told Biden that we should keep talking.",
    ],
)
def test_a_duty_the_speaker_shares_urges_nobody(read: Reader, text: str) -> None:
    assert ("Vladimir Putin", "URGED", "Joe Biden") not in triples(read(text))


def test_a_duty_of_the_other_side_urges_it(read: Reader) -> None:
    assert ("Vladimir Putin", "URGED", "Ukraine") in triples(
        read("Putin told Biden that Ukraine should stop the shelling.")
    )


def test_promised_tariffs_are_no_sanction_yet(read: Reader) -> None:
    found = triples(read("Beijing has been bracing for Biden's promised tariffs on Chinese cars."))
    assert ("Joe Biden", "SANCTIONED", "China") not in found
