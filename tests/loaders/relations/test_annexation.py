"""Land annexed from a state, or named as its, makes the annexation an attack on that state."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_land_annexed_from_a_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Russia annexed the peninsula from Ukraine in 2014 after a disputed vote."
    )
    assert ("Russia", "ATTACKED", "Ukraine") in found


def test_a_states_region_annexed(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Western sanctions began when Moscow annexed Ukraine's Crimea region."
    )
    assert ("Russia", "ATTACKED", "Ukraine") in found


def test_an_annexation_called_for_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Some Israeli ministers want Israel to annex land from Jordan's old holdings."
    )
    assert ("Israel", "ATTACKED", "Jordan") not in found


def test_a_possible_annexation_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Officials warned that Russia could annex more land from Ukraine this year."
    )
    assert ("Russia", "ATTACKED", "Ukraine") not in found
