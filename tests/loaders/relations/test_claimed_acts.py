"""An act named inside a claim ("claims of Iranian attacks on Qatar", "reports of Russian
strikes") is the claimant's word, not a fact the article adopts (ANNOTATION.md: claims a text
attributes and does not adopt give nothing); the same act told as fact still counts."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Doha pointed to claims of Iranian attacks against Qatar, which Tehran dismissed.",
        "Reports of Iranian strikes on Qatar spread on Monday.",
        "Allegations of Iranian attacks on Qatar surfaced in the press.",
    ],
)
def test_an_act_inside_a_claim_is_not_adopted(extractor: Extractor, text: str) -> None:
    assert ("Iran", "ATTACKED", "Qatar") not in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iranian attacks against Qatar continued on Monday.",
        "Iran's strikes on Qatar killed three people.",
    ],
)
def test_the_act_told_as_fact_still_counts(extractor: Extractor, text: str) -> None:
    assert ("Iran", "ATTACKED", "Qatar") in extracted_triples(extractor, text)
