"""Talks joined to another adjunct noun ("arrived for a state visit and talks with X"): who
arrived held them, as with "arrived for talks with X". Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


def test_talks_joined_to_a_visit_are_held_by_the_traveller(extractor: Extractor) -> None:
    text = (
        "Indian Prime Minister Narendra Modi landed in Paris on Thursday for a state visit"
        " and talks with French President Emmanuel Macron."
    )
    assert met(extracted_triples(extractor, text), "Narendra Modi", "Emmanuel Macron")


@pytest.mark.parametrize(
    "text",
    [
        "Indian Prime Minister Narendra Modi commented on the trade fair and talks between"
        " Brazilian President Lula da Silva and French President Emmanuel Macron.",
        "Indian Prime Minister Narendra Modi landed in Paris on Thursday, a week after a state"
        " visit and talks by Chinese Premier Li Qiang with French President Emmanuel Macron.",
        "Indian Prime Minister Narendra Modi and French President Emmanuel Macron appealed on"
        " Monday for a truce and talks within a month.",
    ],
)
def test_joined_talks_of_others_are_not_the_subjects(extractor: Extractor, text: str) -> None:
    assert met(extracted_triples(extractor, text), "Narendra Modi", "Emmanuel Macron") is False
