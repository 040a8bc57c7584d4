""" "X denied ..., an accusation levelled by Y": Y accused X and X rejected Y (model-backed,
sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def levelled(nlp: Language) -> Reader:
    rows: list[ActorRow] = [
        ("Turkey", "COUNTRY", "TUR", ("Ankara",)),
        ("France", "COUNTRY", "FRA", ("Paris",)),
    ]
    return make_reader(nlp, ACTORS + rows)


def test_an_accusation_levelled_by_two_after_a_denial(levelled: Reader) -> None:
    doc = levelled(
        "Ankara has denied sending fighters to the region, an accusation levelled by France "
        "and Russia."
    )
    found = triples(doc)
    assert ("France", "ACCUSED", "Turkey") in found
    assert ("Russia", "ACCUSED", "Turkey") in found
    assert ("Turkey", "REJECTED", "France") in found


def test_a_charge_first_made_by_one(levelled: Reader) -> None:
    found = triples(levelled("Moscow denied any role in the attack, a charge first made by Kyiv."))
    assert ("Ukraine", "ACCUSED", "Russia") in found
    assert ("Russia", "REJECTED", "Ukraine") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ankara has not denied sending fighters to the region, an accusation levelled by France.",
        "Ankara may deny sending fighters, an accusation levelled by France.",
        "Moscow denied any role in the attack, a charge repeated by state media.",
        "Ankara sent fighters to the region, an accusation levelled by France.",
    ],
)
def test_no_denial_or_no_accuser_is_no_fact(levelled: Reader, text: str) -> None:
    found = triples(levelled(text))
    assert not any(kind in ("ACCUSED", "REJECTED") for _, kind, _ in found)
