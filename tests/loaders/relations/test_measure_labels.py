"""Calling another's act out of measure or manners condemns its doer: "called Kigali's move
disproportionate", "called the EU an unreliable partner" (lexicon.NEGATIVE_LABELS); a neutral
or approving word, a negated call, condemns nobody."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgium called Kigali's sudden move disproportionate.", ("Belgium", "Rwanda")),
        ("Germany called Moscow's response to the protests excessive.", ("Germany", "Russia")),
        (
            "Nicaraguan President Daniel Ortega called Rolando Alvarez's attitude arrogant.",
            ("Daniel Ortega", "Rolando Alvarez"),
        ),
        ("Lavrov called the European Union an unreliable partner.", ("Lavrov", "European Union")),
        ("Canberra called Beijing's post truly repugnant.", ("Australia", "China")),
        ("Japan described the Chinese decision as unjust.", ("Japan", "China")),
    ],
)
def test_out_of_measure_condemns(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert (source, "CONDEMNED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany called Moscow's response measured.",
        "Germany did not call Moscow's response excessive.",
        "Japan described the Chinese decision as understandable.",
    ],
)
def test_no_condemnation_without_a_pejorative(extractor: Extractor, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in extracted_triples(extractor, text))
