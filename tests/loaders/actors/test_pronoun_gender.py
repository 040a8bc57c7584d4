"""A "he" is not a person the article marks as a woman, nor a "she" one it marks as a man:
by an address before the name ("Mrs", "Mr"), or by the only pronoun that could have meant them.
When the one person in reach is of the other gender, the pronoun stands for someone unnamed."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_he_is_not_a_woman_addressed_as_mrs(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Mrs Helga Brandt, the widow of a jailed reporter, spoke in Berlin on Monday. A lawyer "
        "for the family said he condemned Russia for the trial.",
    )
    assert ("Helga Brandt", "CONDEMNED", "Russia") not in found


def test_she_is_not_a_man_addressed_as_mr(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Mr Tomas Berger spoke to reporters in Prague on Tuesday. A spokeswoman for the "
        "ministry said she condemned Hungary for the decision.",
    )
    assert ("Tomas Berger", "CONDEMNED", "Hungary") not in found


def test_a_pronoun_of_the_same_gender_still_resolves(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Mr Tomas Berger spoke to reporters in Prague on Tuesday. He condemned Hungary for "
        "the decision.",
    )
    assert ("Tomas Berger", "CONDEMNED", "Hungary") in found
