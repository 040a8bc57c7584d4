"""Aid counted by its amount ("announced $3 billion in military aid for Kyiv": the parser hangs
the receiver on the amount, loaders/relations/amounts.py) and a receiver the parser fused with
the thing given ("shipped Egypt jets": a compound, loaders/relations/compound_receivers.py)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "supporter", "supported"),
    [
        (
            "On Tuesday, Germany unveiled 3 billion euros in military aid for Ukraine.",
            "Germany",
            "Ukraine",
        ),
        ("Japan announced $800 million in assistance for Egypt last week.", "Japan", "Egypt"),
        ("France shipped Egypt fighter jets in 2015.", "France", "Egypt"),
        (
            "Israel sent Ukraine equipment for an air defence system last month.",
            "Israel",
            "Ukraine",
        ),
    ],
)
def test_aid_supplied(extractor: Extractor, text: str, supporter: str, supported: str) -> None:
    assert (supporter, "SUPPORTED", supported) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan lost $800 million in exports to Egypt last year.",
        "France refused to announce $2 billion in aid for Egypt.",
        "France shipped the Egypt team jerseys in 2015.",
        "France sent U.S.-made tanks to the border.",
    ],
)
def test_no_aid_supplied(extractor: Extractor, text: str) -> None:
    found = {f for f in extracted_triples(extractor, text) if f[1] == "SUPPORTED"}
    assert not found, found
