"""A claim named by its maker's demonym ("rejected the Russian claim as unfounded") is that
state's: the demonym before a noun of assertion names the state (actors/syntax.STATE_NOUNS),
and the rejection's end is who made the claim (ANNOTATION.md, REJECTED)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sweden rejected the Russian claim as completely unfounded.", ("Sweden", "Russia")),
        ("China rejected the Philippine account of the clash.", ("China", "Philippines")),
        ("Beijing dismissed the American accusations as groundless.", ("China", "United States")),
        ("Kyiv flatly denied the Russian allegations on Sunday.", ("Ukraine", "Russia")),
        ("Tehran rebuffed the Israeli version of events.", ("Iran", "Israel")),
    ],
)
def test_claim_named_by_demonym(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    source, target = expected
    assert (source, "REJECTED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden did not reject the Russian claim.",
        "Sweden accepted the Russian claim after a review.",
        "The Russian claim was repeated by state television on Monday.",
    ],
)
def test_no_rejection_of_a_demonym_claim(extractor: Extractor, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in extracted_triples(extractor, text))
