"""A mediator's title on a named person ("X, the bloc's mediator for Y,") says who he is, not a
mediation by the body that appointed him with whoever the clause names (mediators._title_holder);
the place a delegation visits with mediators is no party (mediators._TRAVEL). Sentences of our
own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _mediated(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "MEDIATED"}


@pytest.mark.parametrize(
    "text",
    [
        # the appointing body's possessive on the title, a trip and talks with one side
        "The Southern African Development Community named a new envoy on Monday. The bloc's "
        "mediator for Zimbabwe, former Ghanaian President John Mahama, has travelled to Harare "
        "twice for talks with Emmerson Mnangagwa.",
        # the titled person attends a summit with another leader
        "Zambian President Hakainde Hichilema attended, along with former Kenyan President "
        "Uhuru Kenyatta, the SADC's facilitator for peace talks with Mozambican rebel groups.",
    ],
)
def test_a_title_is_no_mediation_of_the_clause(extractor: Extractor, text: str) -> None:
    assert _mediated(extracted_triples(extractor, text)) == set()


def test_a_titled_mediator_between_two_sides_mediates_them(extractor: Extractor) -> None:
    found = _mediated(
        extracted_triples(
            extractor,
            "Kenyan President William Ruto, the AU mediator between Ethiopia and Eritrea, said "
            "the next round would open in Nairobi.",
        )
    )
    assert {("William Ruto", "Ethiopia"), ("William Ruto", "Eritrea")} <= found


def test_the_place_visited_with_mediators_is_no_party(extractor: Extractor) -> None:
    found = _mediated(
        extracted_triples(
            extractor,
            "On Sunday a Saudi delegation visited Sanaa with Omani mediators for talks with "
            "Houthi officials.",
        )
    )
    assert ("Oman", "Saudi Arabia") in found
    assert ("Oman", "Yemen") not in found
