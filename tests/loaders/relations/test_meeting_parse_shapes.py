"""Meeting shapes the parser blurs. Talks whose light verb is read as an adjective of the noun
and given the subject ("On Sunday, Trump held talks with Erdogan": "held" modifies "talks",
"Trump" its subject) are still held by that subject. Two objects of a verb ("met A and B") are
not said to have met each other; two partners of one meeting noun ("talks with A and B") are."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Donald Trump landed in Ankara. On Sunday, Trump held talks with Recep Tayyip Erdogan.",
            "Donald Trump",
            "Recep Tayyip Erdogan",
        ),
        (
            "Donald Trump flew to Paris. Later, Trump held talks with Emmanuel Macron.",
            "Donald Trump",
            "Emmanuel Macron",
        ),
    ],
)
def test_subject_on_the_adjective_read_verb(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    assert met(extracted_triples(extractor, text), a, b)


def test_held_back_talks_name_no_doer(extractor: Extractor) -> None:
    """A participle with no subject of its own before it is a plain modifier: nobody held them."""
    text = "Donald Trump landed in Ankara. Long-delayed talks with Recep Tayyip Erdogan collapsed."
    assert not met(extracted_triples(extractor, text), "Donald Trump", "Recep Tayyip Erdogan")


def test_talks_with_two_seat_them_at_one_table(extractor: Extractor) -> None:
    text = (
        "The summit opened after talks with Ukrainian Foreign Minister Dmytro Kuleba and "
        "Polish Foreign Minister Radoslaw Sikorski in Warsaw."
    )
    assert met(extracted_triples(extractor, text), "Dmytro Kuleba", "Radoslaw Sikorski")
