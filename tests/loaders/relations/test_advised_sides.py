"""Counsel to act or not to act is an appeal: "advised Orban against the trip", "advised Kyiv to
accept". Sentences of our own wording, read through the whole extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The European Union had strongly advised Serbia against the visit to Minsk.",
        "The European Union advised Serbia to align its foreign policy with the bloc.",
    ],
)
def test_advising_a_side_urges_it(extractor: Extractor, text: str) -> None:
    assert ("European Union", "URGED", "Serbia") in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Serbia was advised by lawyers to wait.",
        "The European Union's advisers met Serbian officials.",
        "The European Union advised Serbia to leave the talks.",
    ],
)
def test_advice_that_urges_no_side_gives_nothing(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("European Union", "URGED", "Serbia") not in found
