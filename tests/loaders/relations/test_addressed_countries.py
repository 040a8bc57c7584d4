"""A third party's "both countries", "the two neighbours" with no "A and B" in reach
(actors/groups.py falling back on actors/conflict_sides.py): the countries called on are the
pair the text sets against each other before; nobody when the text opposes no pair, and a
description nobody calls on is left alone. Sentences of our own wording, read by the whole
extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker", "sides"),
    [
        (
            "Venezuela attacked Guyana on Friday, killing three soldiers. Later that day "
            "Brazil urged the two neighbours to pull back their troops.",
            "Brazil",
            ("Venezuela", "Guyana"),
        ),
        (
            "Eritrea shelled Ethiopia overnight, officials said. Kenya called on both "
            "countries to return to talks.",
            "Kenya",
            ("Eritrea", "Ethiopia"),
        ),
    ],
)
def test_addressed_countries_are_the_pair_set_against_each_other(
    extractor: Extractor, text: str, speaker: str, sides: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    urged = {t for s, kind, t in found if s == speaker and kind == "URGED"}
    assert urged == set(sides)


@pytest.mark.parametrize(
    "text",
    [
        # the text opposes nobody
        "Kenya hosted a regional summit on Monday. Uganda urged both countries to attend.",
        # countries only hosted, not called on
        "Venezuela attacked Guyana on Friday. Brazil hosted both countries for talks on Monday.",
        # the countries are only a place of trade
        "Venezuela attacked Guyana on Friday. Colombia, which buys oil from both countries, "
        "said prices would rise.",
    ],
)
def test_no_opposed_pair_or_no_call_urges_nobody(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "URGED" for _, kind, _ in found)
