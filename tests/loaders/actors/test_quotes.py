"""First-person words in a quotation stand for the speaker the reporting verb names."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    found = extractor.extract(Article(id="article:t", text=text, published=date(2024, 3, 4)))
    names = {a.id: a.name for a in found.actors}
    return {(names[r.source_id], r.type.value, names[r.target_id]) for r in found.relations}


def test_we_in_a_quote_is_the_speaker(extractor: Extractor) -> None:
    after = _triples(extractor, '"We condemn Russia," Emmanuel Macron said on Friday.')
    assert ("Emmanuel Macron", "CONDEMNED", "Russia") in after
    before = _triples(extractor, 'Emmanuel Macron said: "We condemn Russia."')
    assert ("Emmanuel Macron", "CONDEMNED", "Russia") in before


def test_a_quote_with_no_named_speaker_speaks_for_nobody(extractor: Extractor) -> None:
    assert _triples(extractor, '"We condemn Russia," a diplomat said on Friday.') == set()
    two = _triples(
        extractor, '"We condemn Russia," Emmanuel Macron and Olaf Scholz said in a statement.'
    )
    assert not any(rel == "CONDEMNED" and src == "Emmanuel Macron" for src, rel, _ in two)


def test_warned_against_is_an_urging_and_protested_a_condemnation(
    extractor: Extractor,
) -> None:
    found = _triples(extractor, "Emmanuel Macron warned China against supplying arms to Russia.")
    assert ("Emmanuel Macron", "URGED", "China") in found
    found = _triples(extractor, "Emmanuel Macron warned that China might supply arms to Russia.")
    assert not any(rel == "URGED" for _, rel, _ in found)
    found = _triples(extractor, "Japan protested China's decision to ban seafood imports.")
    assert ("Japan", "CONDEMNED", "China") in found
