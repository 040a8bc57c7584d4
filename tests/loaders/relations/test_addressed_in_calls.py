"""Words said to someone in a call, where the parser hangs the call on the topic ("informed X
about the strikes in a phone call") or names the one told beside an office ("his counterpart
X"). Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg informed her Greek counterpart Nikos Papas about the"
        " decision in a phone call on Friday.",
        "Foreign Minister Anna Berg briefed her Greek counterpart Nikos Papas on the raids"
        " in a telephone call on Sunday.",
    ],
)
def test_told_in_a_call_is_met(extractor: Extractor, text: str) -> None:
    assert met(extracted_triples(extractor, text), "Anna Berg", "Nikos Papas")


def test_told_in_a_letter_is_no_meeting(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Anna Berg informed her Greek counterpart Nikos Papas about the"
        " decision in a letter on Friday."
    )
    assert met(extracted_triples(extractor, text), "Anna Berg", "Nikos Papas") is False
