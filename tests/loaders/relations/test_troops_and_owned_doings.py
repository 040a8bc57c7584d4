"""Support told through troops sent or kept for someone ("has forces in Libya backing X", "sent
soldiers to help X"), and through what someone does or holds ("backed the work of the WHO",
"praised the efforts of Qatar", "support for the steps taken by X")."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "supporter", "supported"),
    [
        (
            "Iran, which keeps troops in Syria backing President Bashar al-Assad, said nothing.",
            "Iran",
            "Bashar al-Assad",
        ),
        ("Egypt began sending soldiers to support Sudan last week.", "Egypt", "Sudan"),
        (
            "Europol said it was sending 40 officers to help Greece guard its islands.",
            "Europol",
            "Greece",
        ),
        (
            "Turkish troops backing Azerbaijan held drills near the frontier.",
            "Turkey",
            "Azerbaijan",
        ),
        (
            "Canada said it backed the independence of the International Criminal Court.",
            "Canada",
            "International Criminal Court",
        ),
        (
            "Norway praised the work of the World Health Organization.",
            "Norway",
            "World Health Organization",
        ),
        (
            "Oman voiced support for the measures taken by King Abdullah.",
            "Oman",
            "King Abdullah",
        ),
    ],
)
def test_support_through_troops_and_doings(
    extractor: Extractor, text: str, supporter: str, supported: str
) -> None:
    assert (supporter, "SUPPORTED", supported) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany refused to send troops to support Ukraine.",
        "Spain may send soldiers to support Morocco.",
        "Troops backing the Government of National Accord clashed with rebels.",
        "Canada said it opposed the work of the International Criminal Court.",
    ],
)
def test_no_support(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "SUPPORTED"}
