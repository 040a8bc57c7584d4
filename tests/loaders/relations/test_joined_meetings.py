"""One who hosted, joined or sat in on "the talks" told in an earlier sentence met that
meeting's parties; another meeting ("the next talks"), one not held by them ("did not attend"),
a gathering of many, or a venue for a mediator's talks gives nothing. Sentences of our own
wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model

_MET = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Mombasa on Friday."


@pytest.mark.parametrize(
    "second",
    [
        "Tanzanian Foreign Minister January Makamba, who hosted the meeting, called it warm.",
        "Tanzanian Foreign Minister January Makamba also joined the talks, officials said.",
        "Tanzanian Foreign Minister January Makamba sat in on the talks.",
        "Tanzanian Foreign Minister January Makamba took part in the meeting.",
    ],
)
def test_newcomer_met_both_parties(extractor: Extractor, second: str) -> None:
    found = extracted_triples(extractor, f"{_MET} {second}")
    assert met(found, "January Makamba", "William Ruto")
    assert met(found, "January Makamba", "Yoweri Museveni")


@pytest.mark.parametrize(
    "second",
    [
        "Tanzanian Foreign Minister January Makamba hopes to host the next talks.",
        "Tanzanian Foreign Minister January Makamba did not attend the meeting.",
        "Tanzanian Foreign Minister January Makamba said he would join the talks if invited.",
        "Tanzanian Foreign Minister January Makamba attended the talks as an observer.",
    ],
)
def test_no_meeting_for_another_or_unheld_one(extractor: Extractor, second: str) -> None:
    found = extracted_triples(extractor, f"{_MET} {second}")
    assert not met(found, "January Makamba", "William Ruto")
    assert not met(found, "January Makamba", "Yoweri Museveni")


def test_one_who_joined_meets_only_the_other_side(extractor: Extractor) -> None:
    text = f"{_MET} Kenyan Foreign Minister Musalia Mudavadi joined the meeting, a statement said."
    found = extracted_triples(extractor, text)
    assert met(found, "Musalia Mudavadi", "Yoweri Museveni")
    assert not met(found, "Musalia Mudavadi", "William Ruto")


def test_paragraph_of_its_own_returns_to_the_story_meeting(extractor: Extractor) -> None:
    text = (
        f"{_MET}\n\nRuto later spoke by phone with Rwandan President Paul Kagame.\n\n"
        "Kenyan Foreign Minister Musalia Mudavadi, who joined the talks, said they went well."
    )
    found = extracted_triples(extractor, text)
    assert met(found, "Musalia Mudavadi", "Yoweri Museveni")
    assert not met(found, "Musalia Mudavadi", "Paul Kagame")


def test_host_of_mediated_talks_gave_the_venue(extractor: Extractor) -> None:
    text = (
        "Ethiopian envoy Redwan Hussien met Tigrayan negotiator Getachew Reda in Pretoria, in"
        " talks mediated by the African Union. South African Foreign Minister Naledi Pandor,"
        " who hosted the talks, welcomed the outcome."
    )
    found = extracted_triples(extractor, text)
    assert not met(found, "Naledi Pandor", "Redwan Hussien")
    assert not met(found, "Naledi Pandor", "Getachew Reda")
