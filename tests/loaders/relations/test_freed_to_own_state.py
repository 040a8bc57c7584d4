"""A state that gets its own nationals back from another does not hold them: neither as one of
two states freeing them together nor by the custody they are in once freed (full extractor,
sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_joint_freeing_leaves_out_the_state_of_the_freed(extractor: Extractor) -> None:
    text = (
        "Armenia and Azerbaijan traded 20 detainees each on Monday, freeing Armenian "
        "journalist Aram Petrosyan in a swap brokered by Moscow."
    )
    found = extracted_triples(extractor, text)
    assert ("Azerbaijan", "RELEASED", "Aram Petrosyan") in found
    assert ("Armenia", "RELEASED", "Aram Petrosyan") not in found
    assert ("Armenia", "DETAINED", "Aram Petrosyan") not in found


def test_a_state_alone_freeing_its_own_national_held_him(extractor: Extractor) -> None:
    text = "Armenia freed Armenian journalist Aram Petrosyan on Monday after a year in jail."
    found = extracted_triples(extractor, text)
    assert ("Armenia", "RELEASED", "Aram Petrosyan") in found


def test_custody_of_nationals_freed_to_their_state_is_no_detention(
    extractor: Extractor,
) -> None:
    text = (
        "Venezuela has released four Americans as part of a deal with the United States. "
        "Sarah Holt and Tom Reed are now in American custody and will fly home on Friday."
    )
    found = extracted_triples(extractor, text)
    assert not any(k == "DETAINED" and s == "United States" for s, k, _ in found)


def test_custody_without_a_release_to_that_state_stays(extractor: Extractor) -> None:
    text = (
        "The court heard the case on Tuesday. Sarah Holt and Tom Reed remain in American "
        "custody awaiting trial."
    )
    found = extracted_triples(extractor, text)
    assert ("United States", "DETAINED", "Sarah Holt") in found
