"""A strike on sites nobody is named as holding falls on the state they are placed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_strike_on_military_targets_in_a_state_hits_the_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Israeli aircraft bombed military targets in Iran early on Friday."
    )
    assert ("Israel", "ATTACKED", "Iran") in found


def test_several_bases_inside_a_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "American jets hit several bases inside Iraq during the night."
    )
    assert ("United States", "ATTACKED", "Iraq") in found


def test_a_threatened_strike_on_sites_in_a_state_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Israel has threatened to bomb nuclear sites in Iran if talks fail."
    )
    assert ("Israel", "ATTACKED", "Iran") not in found


def test_sites_a_third_side_holds_are_not_the_states(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "American jets hit Hezbollah positions in Lebanon on Sunday."
    )
    assert ("United States", "ATTACKED", "Lebanon") not in found
