"""Everyday words of disapproval and named wrongs as labels ("called the ruling unlawful",
"said the raid was a massacre"), and quoted names pinned on a list of people (lexicon.py,
quoted_insults.py), model-backed, sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Hakan Fidan called Greece's naval exercise unlawful on Monday.",
            ("Hakan Fidan", "Greece"),
        ),
        (
            "Spokeswoman Maria Zakharova said Poland's closure of the consulate was vile.",
            ("Maria Zakharova", "Poland"),
        ),
        (
            "Foreign Minister Penny Wong called China's detention of the writer a mockery of "
            "justice.",
            ("Penny Wong", "China"),
        ),
        (
            "Senator Ted Cruz met Keir Starmer, and Prime Minister Viktor Orban called Ted Cruz, "
            'Keir Starmer and German Chancellor Olaf Scholz "warmongers".',
            ("Viktor Orban", "Olaf Scholz"),
        ),
    ],
)
def test_an_everyday_verdict_condemns(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Hakan Fidan said the weather in Athens was terrible.",
        "Foreign Minister Hakan Fidan did not call Greece's naval exercise unlawful.",
        "Foreign Minister Hakan Fidan said Greece's response was worse than expected.",
        'Prime Minister Viktor Orban called Ted Cruz and Keir Starmer "true friends".',
    ],
)
def test_no_condemnation_without_a_bearer_or_with_praise(extractor: Extractor, text: str) -> None:
    assert not any(t[1] == "CONDEMNED" for t in extracted_triples(extractor, text))
