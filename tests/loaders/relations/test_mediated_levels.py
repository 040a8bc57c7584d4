"""A state or a body mediates between the sides its talks brought together, not between the
negotiators who signed for them; a person who mediates may have people as parties. Sentences
of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_QUARREL = "Kenya and Uganda have quarrelled for months over a disputed island in Lake Victoria. "


def _mediated(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "MEDIATED"}


def test_a_state_mediates_between_states_not_their_signatories(extractor: Extractor) -> None:
    text = _QUARREL + (
        "The accord was signed in Nairobi on Friday by Kenyan envoy Musalia Mudavadi and "
        "Ugandan minister Jeje Odongo, after months of Norwegian-facilitated talks."
    )
    found = _mediated(extracted_triples(extractor, text))
    assert {("Norway", "Kenya"), ("Norway", "Uganda")} <= found
    assert not found & {("Norway", "Musalia Mudavadi"), ("Norway", "Jeje Odongo")}


def test_a_person_mediating_keeps_people_as_parties(extractor: Extractor) -> None:
    text = _QUARREL + (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks in "
        "Arusha on Monday under the mediation of Tanzanian President Samia Suluhu Hassan."
    )
    found = _mediated(extracted_triples(extractor, text))
    assert {
        ("Samia Suluhu Hassan", "William Ruto"),
        ("Samia Suluhu Hassan", "Yoweri Museveni"),
    } <= found
