"""Concern voiced about a named side's conduct is a condemnation of that side
(raised_concerns); concern about a situation, a side's own welfare, or conduct aimed against a
side ("anti-Kenyan activities") condemns nobody."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _condemned(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in extracted_triples(extractor, text) if kind == "CONDEMNED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey rejects the claims. Greece voiced deep concern about Turkish naval "
            "activity near its islands.",
            ("Greece", "Turkey"),
        ),
        (
            "Iran rejects the claims. The French minister, Claire Morel, said she had raised "
            "concerns about Iran's treatment of foreign prisoners.",
            ("Claire Morel", "Iran"),
        ),
        (
            "Russia rejects the claims. Finland expressed concern over repeated raids by "
            "Russian agents on Finnish businesses.",
            ("Finland", "Russia"),
        ),
    ],
)
def test_concern_about_a_sides_conduct_condemns_it(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _condemned(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ukraine is at war. Japan voiced concern over Ukraine's security.",
            ("Japan", "Ukraine"),
        ),
        (
            "Turkey rejects the claims. Greece expressed concern about the situation in the "
            "Aegean.",
            ("Greece", "Turkey"),
        ),
        (
            "Ethiopia hosted the talks. Kenyan President John Mwangi conveyed strong concern "
            "about anti-Ethiopian activities in Nairobi.",
            ("John Mwangi", "Ethiopia"),
        ),
        (
            "Turkey rejects the claims. Greece did not raise concerns about Turkish naval "
            "activity.",
            ("Greece", "Turkey"),
        ),
    ],
)
def test_no_condemnation_without_a_named_doer(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair not in _condemned(extractor, text)
