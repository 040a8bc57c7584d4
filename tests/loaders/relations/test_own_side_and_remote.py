"""Precision on modality and on visits: a trip someone is barred from did not happen, a deal
"any" leader signs is supposed (modality); a discussion only announced is no meeting
(relations/announced_talks.py); a meeting held by video is no visit (relations/
remote_meetings.py); an envoy posted abroad visits nobody (relations/resident_envoys.py).
Sentences of our own wording; the near misses beside them stay found."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_a_trip_the_citizens_are_barred_from_is_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Saudi Arabia said it was barring its citizens from travelling to Lebanon."
    )
    assert ("Saudi Arabia", "VISITED", "Lebanon") not in found


def test_a_reception_in_a_story_about_a_video_summit_is_no_visit(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "Chinese President Xi Jinping and U.S. President Joe Biden held a virtual summit on "
        "Monday. The talks lasted three hours. Xi greeted Biden warmly and praised the "
        "relationship.",
    )
    assert ("Joe Biden", "VISITED", "China") not in found


def test_a_reception_in_the_capital_stays_a_visit_after_an_earlier_video_call(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "Chinese President Xi Jinping received U.S. President Joe Biden in Beijing on Monday. "
        "The two leaders had last spoken in a video call in March.",
    )
    assert ("Joe Biden", "VISITED", "China") in found


def test_a_discussion_only_announced_is_no_meeting(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Antony Blinken said Washington would discuss the request with Kyiv."
    )
    assert not any(k == "MET_WITH" for _, k, _ in found)


def test_a_discussion_that_took_place_is_a_meeting(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Antony Blinken said Washington had discussed the request with Kyiv."
    )
    assert ("United States", "MET_WITH", "Ukraine") in found or (
        "Ukraine",
        "MET_WITH",
        "United States",
    ) in found


def test_any_deal_someone_signs_is_supposed_not_signed(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The opposition leader warned Vladimir Putin that any agreements he signed with "
        "Kim Jong Un would be void.",
    )
    assert not any(k == "SIGNED_AGREEMENT_WITH" for _, k, _ in found)


def test_the_deals_someone_signed_were_signed(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The opposition leader said the agreements Vladimir Putin signed with Kim Jong Un "
        "were void.",
    )
    assert ("Vladimir Putin", "SIGNED_AGREEMENT_WITH", "Kim Jong Un") in found or (
        "Kim Jong Un",
        "SIGNED_AGREEMENT_WITH",
        "Vladimir Putin",
    ) in found


def test_a_third_party_joining_by_video_leaves_the_guests_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "At a dinner in Paris on Friday, French President Emmanuel Macron hosted Ukrainian "
        "President Volodymyr Zelensky, with Joe Biden joining by video link.",
    )
    assert ("Volodymyr Zelensky", "VISITED", "France") in found


def test_an_envoy_posted_abroad_neither_visits_nor_is_visited_at_home(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "The French ambassador, Joel Meyer, welcomed Keita at Bamako airport. Malian "
        "opposition leader Ibrahim Keita had returned from exile.",
    )
    assert not any(k == "VISITED" for _, k, _ in found)


def test_a_visitor_meeting_his_own_ambassador_abroad_still_visits(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "U.S. Secretary of State Antony Blinken met Ukrainian President Volodymyr Zelensky and "
        "the U.S. ambassador, Bridget Brink, in Kyiv on Monday.",
    )
    assert ("Antony Blinken", "VISITED", "Ukraine") in found


def test_a_high_commissioner_summoned_where_he_is_posted_visits_nobody(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "On Tuesday Kenya's foreign ministry summoned the Ugandan high commissioner in Nairobi, "
        "Peter Okello, over the border incident.",
    )
    assert ("Peter Okello", "VISITED", "Kenya") not in found


def test_a_high_commissioner_who_travels_still_visits(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The British high commissioner, Tom Hale, travelled to Abuja on Monday for talks.",
    )
    assert ("Tom Hale", "VISITED", "Nigeria") in found
