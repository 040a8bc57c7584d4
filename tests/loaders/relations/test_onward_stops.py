"""A trip's further stops the parser hangs away from the motion verb ("travels on to A and B",
"to A, and then to B and C"), and what must stay silent near them."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_travels_on_to_a_list_of_states(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Japanese Foreign Minister Taro Kono held talks in Hanoi on Monday. "
        "From Vietnam, Kono travels on to Laos, Cambodia and Thailand.",
    )
    for state in ("Laos", "Cambodia", "Thailand"):
        assert ("Taro Kono", "VISITED", state) in found
    assert ("Taro Kono", "VISITED", "Vietnam") in found  # where he travels on from


def test_the_onward_legs_are_planned_and_the_origin_occurred(extractor: Extractor) -> None:
    article = Article(
        id="article:t",
        text="Japanese Foreign Minister Taro Kono praised the African Union on Monday. "
        "From Ethiopia, Kono travels on to Kenya.",
        published=date(2024, 3, 4),
    )
    found = extractor.extract(article)
    names = {a.id: a.name for a in found.actors}
    status = {
        names[r.target_id]: r.status.value for r in found.relations if r.type.value == "VISITED"
    }
    assert status == {"Kenya": "PLANNED", "Ethiopia": "OCCURRED"}


def test_a_second_to_phrase_after_and_then(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "German Foreign Minister Annalena Baerbock is due to fly on Sunday to Chile, and then "
        "to Peru and Bolivia, on a week-long tour of South America.",
    )
    assert ("Annalena Baerbock", "VISITED", "Chile") in found
    assert ("Annalena Baerbock", "VISITED", "Peru") in found
    assert ("Annalena Baerbock", "VISITED", "Bolivia") in found


def test_ones_own_capital_travelled_on_from_is_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Japanese Foreign Minister Taro Kono said on Monday that ties were strong. "
        "From Tokyo, Kono travels on to Laos.",
    )
    assert ("Taro Kono", "VISITED", "Laos") in found
    assert ("Taro Kono", "VISITED", "Japan") not in found


def test_going_on_with_talks_is_no_trip(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Japanese Foreign Minister Taro Kono said talks with China would go on, and he moved "
        "on to questions about Laos.",
    )
    assert not any(rel == "VISITED" for _, rel, _ in found)
