"""A verb joined by "but" to a negated one is what was done instead (relations/modality.py):
"the minister did not answer the question, but praised Cairo" asserts the praise. Sentences of
our own wording; the negated verb itself, and a negated verb after "but", stay silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_a_but_conjunct_after_a_negated_verb_holds(extractor: Extractor) -> None:
    text = "Antony Blinken did not comment on the vote, but praised Egypt for its mediation."
    assert ("Antony Blinken", "SUPPORTED", "Egypt") in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Antony Blinken did not praise Egypt, but called for more talks.",
        "Antony Blinken commented on the vote, but did not praise Egypt.",
    ],
)
def test_the_negated_verb_itself_stays_silent(extractor: Extractor, text: str) -> None:
    assert ("Antony Blinken", "SUPPORTED", "Egypt") not in extracted_triples(extractor, text)
