"""Backing someone's entry, congratulations, and a conjunct in its own tense after a negation,
on sentences of our own wording (model-backed)."""

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
        ("Biden backed the inclusion of Ukraine in the talks.", ("Joe Biden", "Ukraine")),
        (
            "Washington supported the admission of Armenia to the body.",
            ("United States", "Armenia"),
        ),
        ("Egypt endorsed the candidacy of Ethiopia for the seat.", ("Egypt", "Ethiopia")),
        (
            "Putin congratulated Kim on the launch of the satellite.",
            ("Vladimir Putin", "Kim Jong Un"),
        ),
        ("Zelensky congratulated Biden on his victory.", ("Volodymyr Zelensky", "Joe Biden")),
    ],
)
def test_backing_an_entry_or_congratulating_supports(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "SUPPORTED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Biden opposed the inclusion of Ukraine in the talks.",
        "Washington backed the withdrawal of Russian troops.",  # not Russia's entry
        "Egypt could back the candidacy of Ethiopia if asked.",
        "Putin did not congratulate Biden.",
        "Biden refused to back the admission of Armenia.",
    ],
)
def test_opposing_withdrawals_and_negations_support_nobody(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not any(kind == "SUPPORTED" for _, kind, _ in found)


def test_a_conjunct_in_its_own_tense_escapes_the_negation(read: Reader) -> None:
    found = triples(read("Washington does not recognise the vote and backs Zelensky instead."))
    assert ("United States", "SUPPORTED", "Volodymyr Zelensky") in found


@pytest.mark.parametrize(
    "text",
    [
        "Washington does not recognise the vote and back Zelensky.",  # shared "does not"
        "Biden did not meet Putin and condemn Russia.",
        "Blinken will not meet Lavrov and visit Moscow.",
    ],
)
def test_a_conjunct_sharing_the_auxiliary_shares_the_negation(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not any(
        kind in ("SUPPORTED", "CONDEMNED", "MET_WITH", "VISITED") for _, kind, _ in found
    )
