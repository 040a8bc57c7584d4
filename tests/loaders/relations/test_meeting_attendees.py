"""Everyone at a meeting named with its chair or host and its attendees met everyone else:
"a meeting chaired by A and attended by B and C". Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model

_CHAIRED = (
    "The truce was agreed on Monday at a meeting chaired by Kenyan Foreign Minister Musalia"
    " Mudavadi and attended by Ethiopia's Taye Atske Selassie and Somalia's Ahmed Moallim Fiqi."
)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Musalia Mudavadi", "Taye Atske Selassie"),
        ("Musalia Mudavadi", "Ahmed Moallim Fiqi"),
        ("Taye Atske Selassie", "Ahmed Moallim Fiqi"),
    ],
)
def test_chair_and_attendees_all_met(extractor: Extractor, one: str, other: str) -> None:
    assert met(extracted_triples(extractor, _CHAIRED), one, other)


def test_host_met_the_attendee(extractor: Extractor) -> None:
    text = (
        "The plan came out of talks hosted by Kenyan President William Ruto and attended by"
        " Ugandan President Yoweri Museveni."
    )
    assert met(extracted_triples(extractor, text), "William Ruto", "Yoweri Museveni")


def test_a_summit_attended_with_no_host_pairs_no_one(extractor: Extractor) -> None:
    text = (
        "A summit attended by Ugandan President Yoweri Museveni and Kenyan President William"
        " Ruto opened in Nairobi."
    )
    assert met(extracted_triples(extractor, text), "Yoweri Museveni", "William Ruto") is False
