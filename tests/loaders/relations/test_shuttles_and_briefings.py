"""Two trigger words the lexicon lacked: shuttling between capitals visits each of them, and
briefing a leader is a meeting with him; modality holds for both as for the older words."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_shuttling_between_two_capitals_visits_each(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The American envoy Tom Harlan shuttled between Cairo and Doha this week to narrow "
        "the remaining gaps.",
    )
    assert ("Tom Harlan", "VISITED", "Egypt") in found
    assert ("Tom Harlan", "VISITED", "Qatar") in found


def test_shuttling_between_delegations_visits_no_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The EU envoy Karl Olsen shuttled between the Iranian and American delegations in Vienna.",
    )
    assert not {t for t in found if t[1] == "VISITED"}


def test_a_shuttle_only_possible_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The envoy Tom Harlan may shuttle between Cairo and Doha next month if the talks resume.",
    )
    assert not {t for t in found if t[1] == "VISITED"}


def test_briefing_a_leader_is_a_meeting(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Foreign Minister Anna Berg briefed President Karl Olsen on the draft accord in Oslo "
        "on Monday.",
    )
    assert ("Anna Berg", "MET_WITH", "Karl Olsen") in found or (
        "Karl Olsen",
        "MET_WITH",
        "Anna Berg",
    ) in found


def test_a_briefing_only_hoped_for_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Foreign Minister Anna Berg could brief President Karl Olsen on the draft next week "
        "if the talks go well.",
    )
    assert not {t for t in found if t[1] == "MET_WITH"}
