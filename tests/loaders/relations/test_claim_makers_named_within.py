"""The maker of a rejected claim named inside the claim's own phrase: demonyms joined before a
plural claim ("brushed aside Chinese and Iranian accounts"), a "by" the parser hangs on what is
claimed ("a claim of responsibility by X"), a portrayal painted by its maker, and a claim named
through "what Y called" (ANNOTATION.md, REJECTED: the target is who made it)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China and Iran described the raid differently. Israel brushed aside Chinese and "
            "Iranian accounts that the drones had been intercepted.",
            [("Israel", "China"), ("Israel", "Iran")],
        ),
        (
            "Egypt dismissed a claim of responsibility by Hamas for the blast near the border.",
            [("Egypt", "Hamas")],
        ),
        ("Vietnam rejected the bleak picture painted by China.", [("Vietnam", "China")]),
        # the hyphened author still counts beside the demonyms
        ("China vetoed a U.S.-drafted resolution on Monday.", [("China", "United States")]),
        (
            "Vietnam rejected what it called a distorted portrayal offered by China.",
            [("Vietnam", "China")],
        ),
    ],
)
def test_maker_named_within_the_claim(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    found = extracted_triples(extractor, text)
    for source, target in expected:
        assert (source, "REJECTED", target) in found


@pytest.mark.parametrize(
    "text",
    [
        "Egypt rejected accusations of attacks by Hamas on its border posts.",
        "Vietnam admired a picture painted by a Chinese artist.",
        "Israel accepted Chinese and Iranian accounts of the meeting.",
    ],
)
def test_no_maker_from_what_is_claimed(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "REJECTED" for _, kind, _ in found)
