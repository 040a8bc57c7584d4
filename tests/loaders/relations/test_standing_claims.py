"""A party's standing position in the simple present ("Washington says X was seized by the
rebels", "which Kyiv says has supplied Moscow") is its claim, reported and not adopted
(ANNOTATION.md): the act it tells records nothing, while the same act told as a past saying, or
told by the text itself, still does (model-backed)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Kyiv says Russian forces shelled Ukrainian positions near Kharkiv overnight.",
            ("Russia", "ATTACKED", "Ukraine"),
        ),
        (
            "Washington says Venezuelan security forces detained Jason Saad in Caracas last year.",
            ("Venezuela", "DETAINED", "Jason Saad"),
        ),
        (
            "Israel says it killed Hezbollah commander Fuad Shukr in an air strike in Beirut.",
            ("Israel", "ATTACKED", "Fuad Shukr"),
        ),
        (
            "The talks will cover ties with Iran, which Washington says supplied Russia with"
            " drones.",
            ("Iran", "SUPPORTED", "Russia"),
        ),
    ],
)
def test_a_standing_claim_records_nothing(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


def test_the_claimant_still_accuses(extractor: Extractor) -> None:
    text = "Kyiv says Russian forces shelled Ukrainian positions near Kharkiv overnight."
    assert ("Ukraine", "ACCUSED", "Russia") in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Israel bombed Hamas positions in Gaza.", ("Israel", "ATTACKED", "Hamas")),
        ("Japan said it had imposed sanctions on Russia.", ("Japan", "SANCTIONED", "Russia")),
        (
            "Kyiv said Russian forces shelled Ukrainian positions near Kharkiv overnight.",
            ("Russia", "ATTACKED", "Ukraine"),
        ),
    ],
)
def test_an_act_told_as_fact_or_past_saying_stays(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


def test_the_speakers_own_second_act_inside_the_claim_stays(extractor: Extractor) -> None:
    text = (
        "Georgia says it has already handed over the detainees and accuses Russia of holding"
        " dozens more."
    )
    assert ("Georgia", "ACCUSED", "Russia") in extracted_triples(extractor, text)
