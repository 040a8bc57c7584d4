"""Leaders who themselves met or talked under a mediator are the parties; their states are not
added beside them. A mediator who met each of them and brought them together still stands
between their states (participants.mediated_states). Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_QUARREL = "Kenya and Uganda have quarrelled for months over a disputed island in Lake Victoria. "


def _mediated(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "MEDIATED"}


def test_leaders_who_met_under_a_mediator_are_the_parties(extractor: Extractor) -> None:
    text = _QUARREL + (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in "
        "Arusha on Monday under the mediation of Tanzanian President Samia Suluhu Hassan."
    )
    found = _mediated(extracted_triples(extractor, text))
    assert {
        ("Samia Suluhu Hassan", "William Ruto"),
        ("Samia Suluhu Hassan", "Yoweri Museveni"),
    } <= found
    assert not found & {("Samia Suluhu Hassan", "Kenya"), ("Samia Suluhu Hassan", "Uganda")}


def test_leaders_a_mediator_brought_together_stand_for_their_states(
    extractor: Extractor,
) -> None:
    text = _QUARREL + (
        "Norwegian Prime Minister Jonas Gahr Store held separate meetings with Kenyan President "
        "William Ruto and Ugandan President Yoweri Museveni in Oslo before bringing them together."
    )
    found = _mediated(extracted_triples(extractor, text))
    assert {("Jonas Gahr Store", "Kenya"), ("Jonas Gahr Store", "Uganda")} <= found
