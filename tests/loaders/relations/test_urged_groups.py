"""URGED whose target is a group named by a count: "spoke with A and with B, urging both to
...", "urging both men to ...". The group is the others of the meeting, never the one who
urges, and a bare "both" the parser leaves unattached is still the object. Sentences of our own
wording; a hope, a refusal or a negation urges nobody (ANNOTATION.md)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "urger", "targets"),
    [
        (
            "Blinken spoke by phone on Tuesday with Armenia and with Azerbaijan, urging both to "
            "stop the fighting.",
            "Blinken",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Blinken spoke with Putin and Zelensky on Tuesday, urging both to stop the fighting.",
            "Blinken",
            ("Putin", "Zelensky"),
        ),
        (
            "Blinken spoke with Putin and with Zelensky on Tuesday, urging both men to stop the "
            "fighting.",
            "Blinken",
            ("Putin", "Zelensky"),
        ),
        (
            "Erdogan held calls with Putin and with Zelensky, pressing both to return to the "
            "talks.",
            "Erdogan",
            ("Putin", "Zelensky"),
        ),
    ],
)
def test_a_counted_group_urged_is_the_others_of_the_meeting(
    extractor: Extractor, text: str, urger: str, targets: tuple[str, ...]
) -> None:
    found = extracted_triples(extractor, text)
    urged = {(s, t) for s, k, t in found if k == "URGED"}
    assert {(urger, t) for t in targets} <= urged
    assert (urger, urger) not in urged


@pytest.mark.parametrize(
    "text",
    [
        "Blinken spoke with Putin and Zelensky on Tuesday, hoping both would stop the fighting.",
        "Blinken spoke with Putin and Zelensky on Tuesday, but did not urge both to stop.",
        "Blinken spoke with Putin and with Zelensky, refusing to urge both to stop the fighting.",
    ],
)
def test_no_urging_from_a_hope_a_negation_or_a_refusal(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "URGED" for _, kind, _ in found)
