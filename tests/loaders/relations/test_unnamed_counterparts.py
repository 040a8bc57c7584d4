"""Co-subjects of one state holding talks with an unnamed other side travelled together and did
not meet; co-subjects of talks with no other side, or of different states, met each other.
Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Secretary of State Helen Traynor and U.S. Defense Secretary Mark Halvorsen held "
        "talks on Friday with their counterparts from the region.",
        "U.S. Secretary of State Helen Traynor and U.S. Defense Secretary Mark Halvorsen met "
        "with senior officials on Friday.",
    ],
)
def test_co_travellers_meeting_someone_else_did_not_meet(extractor: Extractor, text: str) -> None:
    assert not met(extracted_triples(extractor, text), "Helen Traynor", "Mark Halvorsen")


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron and German Chancellor Olaf Scholz held talks in Rome "
        "on Monday.",
        "French President Emmanuel Macron and German Chancellor Olaf Scholz met with each other "
        "in Rome on Monday.",
        "French President Emmanuel Macron and German Chancellor Olaf Scholz, who mediate "
        "between the sides, held talks with each delegation in turn.",
    ],
)
def test_co_subjects_of_talks_with_no_other_side_met(extractor: Extractor, text: str) -> None:
    assert met(extracted_triples(extractor, text), "Emmanuel Macron", "Olaf Scholz")
