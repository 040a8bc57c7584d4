"""Arms passed on in two wordings the extractor missed: a sale of weapons ("has sold attack
drones to Kyiv") and a possessive "its" on the second of two coordinated nouns that the parser
hung on the first noun's prepositional object ("Iran's repression of dissent and its shipments
of missiles to Russia": the owner of the first noun owns the second)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "supporter", "supported"),
    [
        ("Turkey has sold armed drones to Ukraine since 2019.", "Turkey", "Ukraine"),
        ("France sold Egypt dozens of fighter jets last year.", "France", "Egypt"),
        (
            "Ties with Germany have worsened over Iran's crackdown on students and its supply of "
            "missiles to Russia.",
            "Iran",
            "Russia",
        ),
        (
            "Ties with Britain have deteriorated badly over the jailing of reporters, over Iran's "
            "nuclear work, and over its supply of drones to Russia.",
            "Iran",
            "Russia",
        ),
    ],
)
def test_arms_supplied(extractor: Extractor, text: str, supporter: str, supported: str) -> None:
    assert (supporter, "SUPPORTED", supported) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey has sold natural gas to Ukraine since 2019.",
        "Turkey has refused to sell armed drones to Ukraine.",
        "Relations have soured over the treatment of protesters and its supply of missiles to "
        "Russia.",
    ],
)
def test_no_arms_supplied(extractor: Extractor, text: str) -> None:
    found = {f for f in extracted_triples(extractor, text) if f[1] == "SUPPORTED"}
    assert not found, found
