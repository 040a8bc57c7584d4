"""An urging a trip or meeting was made for (relations/urging_errands.py, modality.py,
subjects.py, errand_addressees.py): "flew to Ankara to press Erdogan to ..." urges the one
pressed, and the traveller does the urging; "met X to press for a ceasefire" urges the one met.
Sentences of our own wording; a trip or meeting only hoped for, and a trip made for something
other than an urging, stay silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Italian Prime Minister Giorgia Meloni flew to Ankara on Monday to press Turkish "
            "President Tayyip Erdogan to reopen the grain corridor.",
            "Giorgia Meloni",
            "Tayyip Erdogan",
        ),
        (
            "Canadian Prime Minister Justin Trudeau, who travelled to New Delhi last week to "
            "press Indian Prime Minister Narendra Modi to cooperate with the inquiry, said "
            "nothing had changed.",
            "Justin Trudeau",
            "Narendra Modi",
        ),
    ],
)
def test_trip_made_to_press_urges_the_one_pressed(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    assert (source, "URGED", target) in extracted_triples(extractor, text)


def test_trip_only_planned_to_press_stays_silent(extractor: Extractor) -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni hopes to fly to Ankara to press Turkish "
        "President Tayyip Erdogan to reopen the grain corridor."
    )
    assert ("Giorgia Meloni", "URGED", "Tayyip Erdogan") not in extracted_triples(extractor, text)


def test_trip_made_for_a_signing_signs_nothing(extractor: Extractor) -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni flew to Ankara on Monday to sign a gas deal with "
        "Turkish President Tayyip Erdogan."
    )
    found = extracted_triples(extractor, text)
    assert ("Giorgia Meloni", "SIGNED_AGREEMENT_WITH", "Tayyip Erdogan") not in found
    assert ("Tayyip Erdogan", "SIGNED_AGREEMENT_WITH", "Giorgia Meloni") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on "
        "Saturday to press for a ceasefire in the north.",
        "Kenyan President William Ruto wrote to Ethiopian Prime Minister Abiy Ahmed last month to "
        "urge an end to the fighting.",
    ],
)
def test_one_met_or_written_to_is_the_one_pressed(extractor: Extractor, text: str) -> None:
    """ "met X to press for a ceasefire": the urging names no one; the one met is pressed."""
    assert ("William Ruto", "URGED", "Abiy Ahmed") in extracted_triples(extractor, text)


def test_meeting_only_hoped_for_presses_nobody(extractor: Extractor) -> None:
    text = (
        "Kenyan President William Ruto hopes to meet Ethiopian Prime Minister Abiy Ahmed soon "
        "to press for a ceasefire in the north."
    )
    assert ("William Ruto", "URGED", "Abiy Ahmed") not in extracted_triples(extractor, text)
