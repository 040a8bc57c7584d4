"""Constructions of unseen news English, each read on sentences of our own wording (model-backed):
sanctions one is placed under or listed by, attacks at sea, arms sent to a receiver named as the
indirect object; and two readings that over-reached: "told X that ..." is a statement, not an
urging, and a relative clause closing a list speaks of its last noun only."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def _of_type(extractor: Extractor, text: str, kind: str) -> set[tuple[str, str, str]]:
    return {t for t in extracted_triples(extractor, text) if t[1] == kind}


# --- sanctions one is placed under, or a list named by who is on it ---------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Oleg Deripaska was placed under U.S. sanctions in 2018 over his links.", "United States"),
        ("Oleg Deripaska, who was put under British sanctions in 2022, denied.", "United Kingdom"),
        ("Oleg Deripaska has been placed under sanctions by the European Union.", "European Union"),
        ("Washington added Oleg Deripaska to its list of designated terrorists.", "United States"),
    ],
)
def test_placed_under_or_listed_among_the_sanctioned(
    extractor: Extractor, text: str, source: str
) -> None:
    assert (source, "SANCTIONED", "Oleg Deripaska") in _of_type(extractor, text, "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "Oleg Deripaska could be placed under U.S. sanctions.",
        "Oleg Deripaska was not placed under U.S. sanctions.",
        "Oleg Deripaska was placed under Western sanctions.",  # no owner named: nobody
        "The U.S. Treasury added Oleg Deripaska to its list of approved suppliers.",
        "Britain did not add Oleg Deripaska to its list of sanctioned individuals.",
    ],
)
def test_no_placement_or_another_list_sanctions_nobody(extractor: Extractor, text: str) -> None:
    assert not _of_type(extractor, text, "SANCTIONED")


# --- attacks at sea: ramming, water cannon ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chinese coast guard vessels rammed a Philippine supply boat.", "Philippines"),
        ("A Vietnamese fishing boat was rammed by a Chinese coast guard ship.", "Vietnam"),
        ("The Chinese coast guard turned water cannon on two Philippine vessels.", "Philippines"),
        ("Chinese ships used water cannon against Philippine boats near the reef.", "Philippines"),
    ],
)
def test_ramming_and_water_cannon_attack(extractor: Extractor, text: str, target: str) -> None:
    assert ("China", "ATTACKED", target) in _of_type(extractor, text, "ATTACKED")


@pytest.mark.parametrize(
    "text",
    [
        "Japan's coast guard used water cannon to clear debris from the harbour.",
        "China denied that its ships had rammed the Philippine boat.",
        "Manila said Chinese vessels may ram Philippine boats again.",
        "The Chinese coast guard did not turn water cannon on the Philippine vessels.",
        "Congress rammed the bill through in a single night.",
    ],
)
def test_no_ramming_or_cannon_at_anyone_is_no_attack(extractor: Extractor, text: str) -> None:
    assert not _of_type(extractor, text, "ATTACKED")


# --- arms sent to a receiver named as the indirect object ---------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany sent Ukraine dozens of tanks last year.", ("Germany", "Ukraine")),
        ("Iran shipped Russia hundreds of drones, according to the report.", ("Iran", "Russia")),
        ("Washington delivered Israel thousands of bombs in October.", ("United States", "Israel")),
    ],
)
def test_arms_sent_to_an_indirect_object_support_it(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "SUPPORTED", pair[1]) in _of_type(extractor, text, "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "Estonia has sent Ukraine a letter of protest.",
        "Poland did not send Ukraine fighter jets.",
        "Germany may send Ukraine more tanks.",
    ],
)
def test_no_arms_or_no_sending_is_no_support(extractor: Extractor, text: str) -> None:
    assert not _of_type(extractor, text, "SUPPORTED")


# --- "told X that ...": a statement, unless the hearer is told to act ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping told Joe Biden on Monday that China and the U.S. could become partners.",
        "Vladimir Putin told Recep Tayyip Erdogan that Russia would not revive the grain deal.",
        "Xi Jinping told Viktor Orban the international community should create conditions.",
    ],
)
def test_telling_someone_what_will_or_could_be_urges_nobody(
    extractor: Extractor, text: str
) -> None:
    assert not _of_type(extractor, text, "URGED")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Blinken told Lavrov to pull Russian troops back.", ("Antony Blinken", "Sergey Lavrov")),
        ("Blinken told Lavrov that Russia must withdraw.", ("Antony Blinken", "Russia")),
    ],
)
def test_telling_someone_to_act_urges_them(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    text = "Secretary Antony Blinken met Russian Foreign Minister Sergey Lavrov. " + text
    assert (pair[0], "URGED", pair[1]) in _of_type(extractor, text, "URGED")


# --- a relative clause closing a list speaks of its last noun -----------------------------------


def test_who_campaigned_after_a_list_of_names_is_the_last_noun_only(extractor: Extractor) -> None:
    text = (
        "Russia detained American teacher Tom Keller in 2021. "
        "Keller thanked Joe Biden, Antony Blinken and lawmakers who had campaigned for his "
        "freedom."
    )
    urged = _of_type(extractor, text, "URGED")
    assert ("Joe Biden", "URGED", "Russia") not in urged
    assert ("Antony Blinken", "URGED", "Russia") not in urged


def test_a_relative_clause_on_a_list_of_names_speaks_of_each(extractor: Extractor) -> None:
    text = "Lavrov praised China and Iran, which had backed Russia at the United Nations."
    found = _of_type(extractor, text, "SUPPORTED")
    assert {("China", "SUPPORTED", "Russia"), ("Iran", "SUPPORTED", "Russia")} <= found
