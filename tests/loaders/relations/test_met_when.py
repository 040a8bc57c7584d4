"""A meeting told by "they" / "the two" in a clause hung on the one naming the pair: "A and B
urged restraint on Friday, when they met in Rome"; "A stood by B, promising aid when the two met"
(met_when)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida "
            "called on the region's rivals to settle their disputes on Friday, when they met "
            "in Tokyo for an annual summit.",
            "Narendra Modi",
            "Fumio Kishida",
        ),
        (
            "Chinese President Xi Jinping has stood by Serbian President Aleksandar Vucic, "
            "offering new loans when the two met in Beijing in October.",
            "Xi Jinping",
            "Aleksandar Vucic",
        ),
    ],
)
def test_pair_met_by_pronoun(extractor: Extractor, text: str, a: str, b: str) -> None:
    assert met(extracted_triples(extractor, text), a, b)


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi criticised Pakistani Prime Minister Shehbaz "
        "Sharif on Friday, saying they had never met.",
        "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida were "
        "both in Jakarta on Friday, but they did not meet.",
    ],
)
def test_unmet_pair_gives_nothing(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(rel == "MET_WITH" for _, rel, _ in found)
