"""A draft's author hyphened to it ("a U.S.-drafted resolution", "a French-sponsored draft") is
who a veto or a rejection answers (model-backed, sentences of our own wording); a draft welcomed,
or one the rejecter did not turn down, gives no rejection."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing and Moscow vetoed a U.S.-drafted resolution on the missile tests.",
            ("Russia", "United States"),
        ),
        (
            "On Tuesday Russia vetoed a French-sponsored draft on the ceasefire.",
            ("Russia", "France"),
        ),
        ("Washington rejected a Chinese-proposed plan for the talks.", ("United States", "China")),
    ],
)
def test_a_drafter_hyphened_to_the_draft_is_who_was_rejected(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing welcomed a U.S.-drafted resolution on the missile tests.",
        "Russia vetoed a draft on the ceasefire, and a French-sponsored text was withdrawn.",
    ],
)
def test_a_hyphened_drafter_not_turned_down_stays_silent(extractor: Extractor, text: str) -> None:
    rejected = {t for t in extracted_triples(extractor, text) if t[1] == "REJECTED"}
    assert not {t for t in rejected if t[2] in ("United States", "France")}
