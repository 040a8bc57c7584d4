"""First-person words in a quotation stand for the speaker the reporting verb names."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_we_in_a_quote_is_the_speaker(extractor: Extractor) -> None:
    after = extracted_triples(extractor, '"We condemn Russia," Emmanuel Macron said on Friday.')
    assert ("Emmanuel Macron", "CONDEMNED", "Russia") in after
    before = extracted_triples(extractor, 'Emmanuel Macron said: "We condemn Russia."')
    assert ("Emmanuel Macron", "CONDEMNED", "Russia") in before


def test_a_quote_with_no_named_speaker_speaks_for_nobody(extractor: Extractor) -> None:
    assert extracted_triples(extractor, '"We condemn Russia," a diplomat said on Friday.') == set()
    two = extracted_triples(
        extractor, '"We condemn Russia," Emmanuel Macron and Olaf Scholz said in a statement.'
    )
    assert not any(rel == "CONDEMNED" and src == "Emmanuel Macron" for src, rel, _ in two)


def test_warned_against_is_an_urging_and_protested_a_condemnation(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor, "Emmanuel Macron warned China against supplying arms to Russia."
    )
    assert ("Emmanuel Macron", "URGED", "China") in found
    found = extracted_triples(
        extractor, "Emmanuel Macron warned that China might supply arms to Russia."
    )
    assert not any(rel == "URGED" for _, rel, _ in found)
    found = extracted_triples(extractor, "Japan protested China's decision to ban seafood imports.")
    assert ("Japan", "CONDEMNED", "China") in found
