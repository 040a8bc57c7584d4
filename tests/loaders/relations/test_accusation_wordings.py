"""Accusations in wordings besides "accused X of": suspicion, pointing the finger, claims of a
plot or provocation, and accusations that the accused disputes (the accusing still happened;
ANNOTATION.md: REJECTED targets who made the claim, and the claim was made)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Poland pointed the finger at Belarus for the migrant crisis.", "Poland", "Belarus"),
        ("Germany suspects Russia of being behind the sabotage.", "Germany", "Russia"),
        ("Caracas claimed that Washington was plotting a coup.", "Venezuela", "United States"),
        ("Beijing said Manila had provoked the clash.", "China", "Philippines"),
        ("Warsaw attributed the sabotage to Russian intelligence.", "Poland", "Russia"),
        (
            "Russian forces shelled the city overnight, according to Ukrainian officials.",
            "Ukraine",
            "Russia",
        ),
        (
            "China denied U.S. accusations that it had spied on American bases.",
            "United States",
            "China",
        ),
        (
            "The accusations by Azerbaijan that Armenia had shelled its positions were rejected "
            "by Yerevan.",
            "Azerbaijan",
            "Armenia",
        ),
    ],
)
def test_accusation_wordings(extractor: Extractor, text: str, accuser: str, accused: str) -> None:
    assert (accuser, "ACCUSED", accused) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany does not suspect Russia of being behind the sabotage.",
        "Nobody pointed the finger at Belarus.",
        "Caracas denied that Washington was plotting a coup.",
        "Beijing said it had provoked nobody.",
        "China denied that it had spied on American bases.",
        "According to Moscow, the talks were useful.",
        "The quote was attributed to a Russian spokesman.",
        "Russian forces may have shelled the city, according to Ukrainian officials.",
    ],
)
def test_no_accusation(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "ACCUSED"}


def test_a_disputed_accusation_is_also_rejected(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "China denied U.S. accusations that it had spied on American bases."
    )
    assert ("China", "REJECTED", "United States") in found
