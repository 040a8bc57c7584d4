"""Saying another shot down a plane accuses them (reported.py): the passive's agent is the doer
("said the jet had been shot down by Russia"), as is the subject of "downed"; denied or hedged
in its own clause, or said of one's own forces, it accuses nobody."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan said on Sunday that the passenger jet that crashed in Kazakhstan had "
            "been shot down by Russia.",
            ("Azerbaijan", "Russia"),
        ),
        (
            "Kyiv said the airliner had been shot down by Russian air defences.",
            ("Ukraine", "Russia"),
        ),
        ("Ukraine said Russian forces had downed the airliner.", ("Ukraine", "Russia")),
        ("Iran said the drone was shot down by Israel over Syria.", ("Iran", "Israel")),
    ],
)
def test_reported_shootdown_accuses(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert (source, "ACCUSED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said the airliner had not been shot down by Russia.",
        "Ukraine said the airliner may have been shot down by Russia.",
        "Russia said its forces had shot down twenty Ukrainian drones.",
    ],
)
def test_no_accusation_from_a_shootdown(extractor: Extractor, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in extracted_triples(extractor, text))
