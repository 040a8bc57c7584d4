"""A call or talks held "with whom" (actors_at.whom_antecedent) and a matter raised with a
leader by telephone (lexicon) are meetings. Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva praised Argentine President Javier "
            "Milei, with whom he held a phone call last week.",
            "Luiz Inacio Lula da Silva",
            "Javier Milei",
        ),
        (
            "Japanese Prime Minister Fumio Kishida thanked South Korean President Yoon Suk Yeol, "
            "with whom he had held talks in Seoul.",
            "Fumio Kishida",
            "Yoon Suk Yeol",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez said he had raised the issue with Moroccan "
            "Prime Minister Aziz Akhannouch by telephone.",
            "Pedro Sanchez",
            "Aziz Akhannouch",
        ),
    ],
)
def test_a_call_or_talks_held_are_a_meeting(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    assert met(extracted_triples(extractor, text), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva criticised Argentine President Javier "
            "Milei, whom he has never met.",
            "Luiz Inacio Lula da Silva",
            "Javier Milei",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez said he would raise the issue with Moroccan "
            "Prime Minister Aziz Akhannouch at a later date.",
            "Pedro Sanchez",
            "Aziz Akhannouch",
        ),
    ],
)
def test_no_call_held_is_no_meeting(extractor: Extractor, text: str, a: str, b: str) -> None:
    assert not met(extracted_triples(extractor, text), a, b)
