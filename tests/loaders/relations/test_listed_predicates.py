"""A list of predicates ("London suspended talks with Israel, summoned its envoy and sanctioned
a settler leader") shares the first one's subject, even when the parser makes the first a
clause of the second; a name inside the first predicate is never the list's subject."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Last month London suspended talks on a trade agreement with Israel, summoned "
            "Israeli Ambassador Tzipi Hotovely and sanctioned settler leader Daniella Weiss.",
            ("United Kingdom", "SANCTIONED", "Daniella Weiss"),
            ("Israel", "SANCTIONED", "Daniella Weiss"),
        ),
        (
            "On Monday Canada froze its trade talks with China, recalled its envoy and "
            "sanctioned police chief Wang Hong.",
            ("Canada", "SANCTIONED", "Wang Hong"),
            ("China", "SANCTIONED", "Wang Hong"),
        ),
    ],
)
def test_a_list_of_predicates_shares_the_first_subject(
    extractor: Extractor,
    text: str,
    right: tuple[str, str, str],
    wrong: tuple[str, str, str],
) -> None:
    found = extracted_triples(extractor, text)
    assert right in found
    assert wrong not in found


def test_a_subject_swallowed_by_an_opening_time_phrase_still_acts(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Late on Monday Biden and Blinken greeted Evan Gershkovich at the airport."
    )
    assert ("Biden", "MET_WITH", "Evan Gershkovich") in found
