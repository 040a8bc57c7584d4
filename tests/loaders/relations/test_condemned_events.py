"""Condemning an event names its doer, told of before (bridging.py), model-backed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_its_event_is_the_clause_subject_s(read: Reader) -> None:
    doc = read(
        "Iran launched drones at Israel on Saturday in its first direct assault on the country. "
        "Qatar hosted talks. Blinken condemned the attack on Sunday."
    )
    assert ("Antony Blinken", "CONDEMNED", "Iran") in triples(doc)


def test_a_forced_landing_is_the_forcer_s(read: Reader) -> None:
    doc = read(
        "Azerbaijan forced an Armenian airliner to land in Baku. "
        "Blinken condemned the forced landing."
    )
    found = triples(doc)
    assert ("Antony Blinken", "CONDEMNED", "Azerbaijan") in found
    assert ("Antony Blinken", "CONDEMNED", "Armenia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran launched drones at Israel in its first direct assault. Blinken did not condemn "
        "the attack.",
        "Iran launched drones at Israel in its first direct assault. Blinken may condemn "
        "the attack.",
        "Qatar hosted talks in its capital. Blinken condemned the attack.",
    ],
)
def test_no_condemnation_or_no_doer_condemns_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))


def test_those_among_the_ones_who_condemned_condemned(read: Reader) -> None:
    doc = read("Egypt and Qatar were among the states who condemned Iran on Sunday.")
    found = triples(doc)
    assert ("Egypt", "CONDEMNED", "Iran") in found
    assert ("Qatar", "CONDEMNED", "Iran") in found


def test_those_among_the_ones_who_refused_did_not_condemn(read: Reader) -> None:
    doc = read("Egypt and Qatar were among the states who refused to condemn Iran.")
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(doc))


def test_coordinated_demonyms_each_stand_for_their_state(read: Reader) -> None:
    doc = read("Chinese and Iranian jets raided the border posts. Egypt condemned the operation.")
    found = triples(doc)
    assert ("Egypt", "CONDEMNED", "China") in found
    assert ("Egypt", "CONDEMNED", "Iran") in found
