"""An object pronoun inside a phrase ("support for him", "talks with him") is not the subject
of the verb the phrase hangs on: that person would be "himself"."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto landed in Berlin on Tuesday. German Chancellor Olaf "
        "Scholz expressed strong support for him.",
        "Kenyan President William Ruto landed in Berlin on Tuesday. German Chancellor Olaf "
        "Scholz voiced his government's backing for him.",
    ],
)
def test_support_for_him_is_for_the_other(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("Olaf Scholz", "SUPPORTED", "William Ruto") in found


def test_no_support_for_him_when_withheld(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Kenyan President William Ruto landed in Berlin on Tuesday. German Chancellor Olaf "
        "Scholz did not express support for him.",
    )
    assert ("Olaf Scholz", "SUPPORTED", "William Ruto") not in found


def test_himself_stays_with_the_subject(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Kenyan President William Ruto landed in Berlin on Tuesday. German Chancellor Olaf "
        "Scholz expressed no doubts about himself.",
    )
    assert not {f for f in found if f[1] == "SUPPORTED"}
