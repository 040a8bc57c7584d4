"""People who signed a text together at a named place or occasion met
(relations/signing_meetings.py). Sentences of our own wording; signings with no place, dated to
an earlier year, held separately or by video, and accession treaties stay silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "British Prime Minister Keir Starmer and Indian Prime Minister Narendra Modi signed "
            "a trade agreement at Chequers on Thursday.",
            "Keir Starmer",
            "Narendra Modi",
        ),
        (
            "Indian Foreign Minister Subrahmanyam Jaishankar and his Omani counterpart Badr "
            "Albusaidi signed a shipping accord during a visit to Muscat on Monday.",
            "Subrahmanyam Jaishankar",
            "Badr Albusaidi",
        ),
    ],
)
def test_a_signing_held_somewhere_is_a_meeting(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    found = extracted_triples(extractor, text)
    assert met(found, a, b), found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (  # no place or occasion: nothing says they were in one room
            "British Prime Minister Keir Starmer signed a trade agreement with Indian Prime "
            "Minister Narendra Modi on Tuesday.",
            "Keir Starmer",
            "Narendra Modi",
        ),
        (  # an earlier signing the story recalls
            "British Prime Minister Keir Starmer and Indian Prime Minister Narendra Modi signed a "
            "trade agreement in London in March 2019.",
            "Keir Starmer",
            "Narendra Modi",
        ),
        (  # signed apart
            "British Prime Minister Keir Starmer and Indian Prime Minister Narendra Modi signed "
            "the trade agreement separately in London and New Delhi on Tuesday.",
            "Keir Starmer",
            "Narendra Modi",
        ),
    ],
)
def test_a_signing_without_a_shared_place_is_no_meeting(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    found = extracted_triples(extractor, text)
    signed = (a, "SIGNED_AGREEMENT_WITH", b) in found or (b, "SIGNED_AGREEMENT_WITH", a) in found
    assert signed and not met(found, a, b), found
