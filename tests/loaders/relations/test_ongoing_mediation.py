"""A mediation told as a running process ("has been mediating talks between A and B since
2011") names a channel, not a meeting of the two parties (go_between.py); talks a mediator
held for them on one occasion stay a meeting."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        (
            "Norway has been mediating talks between Colombia and Venezuela over the border.",
            "Norway",
            ("Colombia", "Venezuela"),
        ),
        (
            "The African Union, which has brokered the negotiations between Kenya and Somalia"
            " since March, said on Monday that progress had been made.",
            "African Union",
            ("Kenya", "Somalia"),
        ),
    ],
)
def test_a_running_mediation_is_no_meeting_of_the_parties(
    extractor: Extractor, text: str, mediator: str, parties: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    assert {(mediator, "MEDIATED", p) for p in parties} <= found
    assert not met(found, *parties)


def test_talks_mediated_on_one_occasion_stay_a_meeting(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Qatar mediated talks between Rwanda and Kenya in Doha.")
    assert met(found, "Rwanda", "Kenya")
