"""Readings found wrong on unseen articles: a state of war "on paper" ("remain technically at
war") is no fighting; a statement "on the war between A and B" is no deal of A with B; a visit to
a state's companies, troops or embassy abroad is no visit to that state."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Lebanon and Israel have no diplomatic relations and remain technically at war.",
            ("Israel", "ATTACKED", "Lebanon"),
        ),
        (
            "Leaders meeting in Cairo failed to agree on a joint statement on the war between "
            "Israel and Hamas.",
            ("Israel", "SIGNED_AGREEMENT_WITH", "Hamas"),
        ),
        (
            "Commerce Secretary Gina Raimondo will travel to Shanghai, where she will visit "
            "U.S. companies operating in the city.",
            ("Gina Raimondo", "VISITED", "United States"),
        ),
    ],
)
def test_no_reading(extractor: Extractor, text: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in extracted_triples(extractor, text)


def test_a_state_of_war_with_fighting_is_still_read(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Armenia and Azerbaijan were at war in 2020.")
    assert ("Armenia", "ATTACKED", "Azerbaijan") in found
