"""A meeting held in a city of a state the story names only in the place phrase ("in the
Kenyan capital, Nairobi") brings no visit to that state; a state the story names elsewhere
does."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_a_state_named_only_in_the_place_phrase_is_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Ethiopian Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud in "
        "the Kenyan capital, Nairobi, on Monday. They discussed the border.",
    )
    assert ("Abiy Ahmed", "VISITED", "Kenya") not in found
    assert ("Hassan Sheikh Mohamud", "VISITED", "Kenya") not in found


def test_a_state_the_story_names_elsewhere_is_visited(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Kenya hosted the talks. Ethiopian Prime Minister Abiy Ahmed met Somali President "
        "Hassan Sheikh Mohamud in the Kenyan capital Nairobi on Monday.",
    )
    assert ("Abiy Ahmed", "VISITED", "Kenya") in found
