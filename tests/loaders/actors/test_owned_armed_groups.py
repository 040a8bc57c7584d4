"""An armed group named with the state it fights in ("Yemen's Houthis", "Lebanon's Hezbollah") is
that group, not a body of the state; a generic body name after a possessive ("Russia's Security
Council") still is the state's own body."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_a_state_possessive_leaves_the_group_itself(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Yemen's Houthis seized the Galaxy Leader, and Israel accused the group of piracy.",
    )
    assert ("Israel", "ACCUSED", "Houthis") in found


def test_a_delegation_of_the_owned_group_meets(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Saudi Arabia held talks with a delegation from Yemen's Houthi movement in Riyadh.",
    )
    assert met(found, "Saudi Arabia", "Houthis")


def test_strikes_on_the_owned_group_hit_the_group(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The United States struck Yemen's Houthi rebels on Friday."
    )
    assert ("United States", "ATTACKED", "Houthis") in found


def test_a_generic_body_after_a_possessive_stays_the_states(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Russia's Security Council accused the United States of meddling."
    )
    assert ("UN Security Council", "ACCUSED", "United States") not in found
