"""Mediation told through how the sides were reached, and meetings one per partner.

- Talks held "through" a go-between (through_intermediaries): the go-between mediated and the
  sides did not meet ("negotiated through Swiss diplomats").
- Meetings with both sides held as a mediation (mediating_meetings): "met A and B in a
  mediation bid" makes the one who met them their mediator; a bid for something else does not.
- Plural meetings with several partners (facts._one_by_one): "meetings with A and B" are one
  each, so A and B did not meet one another.
Sentences of our own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _of(extractor: Extractor, text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, t) for s, k, t in extracted_triples(extractor, text) if k == kind}


def _met(extractor: Extractor, text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in _of(extractor, text, "MET_WITH")}


def test_talks_through_a_state_are_its_mediation_not_a_meeting(extractor: Extractor) -> None:
    text = "The United States and Iran negotiated the prisoner swap through Switzerland."
    assert {("Switzerland", "Iran"), ("Switzerland", "United States")} <= _of(
        extractor, text, "MEDIATED"
    )
    assert frozenset({"United States", "Iran"}) not in _met(extractor, text)


def test_talks_through_a_states_diplomats(extractor: Extractor) -> None:
    text = "Iran and the United States negotiated through Swiss diplomats for several months."
    assert {("Switzerland", "Iran"), ("Switzerland", "United States")} <= _of(
        extractor, text, "MEDIATED"
    )
    assert frozenset({"United States", "Iran"}) not in _met(extractor, text)


def test_talks_through_the_night_are_still_a_meeting(extractor: Extractor) -> None:
    text = "Iran and the United States held talks through the night in Muscat."
    assert frozenset({"United States", "Iran"}) in _met(extractor, text)
    assert not _of(extractor, text, "MEDIATED")


def test_meeting_both_sides_in_a_mediation_bid(extractor: Extractor) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan met Armenian Prime Minister Nikol Pashinyan "
        "and Azerbaijani President Ilham Aliyev in Prague, in a mediation attempt that "
        "brought no deal."
    )
    assert {
        ("Recep Tayyip Erdogan", "Nikol Pashinyan"),
        ("Recep Tayyip Erdogan", "Ilham Aliyev"),
    } <= _of(extractor, text, "MEDIATED")


def test_meeting_both_sides_for_another_aim_is_no_mediation(extractor: Extractor) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan met Armenian Prime Minister Nikol Pashinyan "
        "and Azerbaijani President Ilham Aliyev in a bid to boost regional trade."
    )
    assert not _of(extractor, text, "MEDIATED")


def test_plural_meetings_with_two_leaders_are_one_each(extractor: Extractor) -> None:
    text = (
        "The French president cut short a dinner that overlapped with meetings with Indian "
        "Prime Minister Narendra Modi and German Chancellor Olaf Scholz."
    )
    assert frozenset({"Narendra Modi", "Olaf Scholz"}) not in _met(extractor, text)
