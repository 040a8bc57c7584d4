"""Reactions aimed at an act, a deal or a claim the text names instead of its doer (model-backed,
sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _condemned(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "CONDEMNED"}


def test_a_reciprocal_inside_an_infinitive_belongs_to_that_verb(read: Reader) -> None:
    doc = read(
        "Armenia and Azerbaijan agreed on Friday to send their envoys back to each other's "
        "capitals."
    )
    assert not _condemned(triples(doc))


def test_a_reciprocal_object_still_pairs_the_subjects(read: Reader) -> None:
    found = triples(read("Armenia and Azerbaijan each accused the other of breaking the truce."))
    assert ("Armenia", "ACCUSED", "Azerbaijan") in found
    assert ("Azerbaijan", "ACCUSED", "Armenia") in found


def test_a_strike_told_as_a_launch_is_its_launchers(read: Reader) -> None:
    doc = read(
        "Iran launched missiles at targets in Israel on Tuesday. Egypt condemned the strike."
    )
    assert ("Egypt", "Iran") in _condemned(triples(doc))


def test_a_strike_not_condemned_condemns_nobody(read: Reader) -> None:
    doc = read(
        "Iran launched missiles at targets in Israel on Tuesday. Egypt declined to condemn "
        "the strike."
    )
    assert not _condemned(triples(doc))


LEDE = "CAIRO, May 2 - Russia and Ukraine announced on Monday new military drills near the border."


def test_the_victim_a_label_names_is_not_condemned(read: Reader) -> None:
    doc = read(LEDE + "\n\nBlinken denounced the move as a threat to Ukraine's security.")
    found = _condemned(triples(doc))
    assert ("Antony Blinken", "Russia") in found
    assert ("Antony Blinken", "Ukraine") not in found


DEAL = "DOHA, May 2 - Egypt and Qatar signed an agreement on gas supplies on Monday."


def test_a_deal_denounced_without_blame_condemns_no_party(read: Reader) -> None:
    doc = read(DEAL + "\n\nEthiopia denounced the agreement on Tuesday.")
    assert not _condemned(triples(doc))


def test_a_deal_denounced_as_a_betrayal_condemns_its_parties(read: Reader) -> None:
    doc = read(DEAL + "\n\nEthiopia denounced the agreement as a betrayal of the region.")
    found = _condemned(triples(doc))
    assert {("Ethiopia", "Egypt"), ("Ethiopia", "Qatar")} <= found
