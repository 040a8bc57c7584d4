"""Sides acting on one another (actors/reciprocal_sides.py, relations/reciprocal.py): "each side
accused the other", "both sides have accused each other" stand for the pair the text sets
against each other, both ways; "X and Y exchanged fire" is an attack each way. Never the last
pair of mediators, never a hypothetical, a negation or the side of a border. Sentences of our
own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _both_ways(found: set[tuple[str, str, str]], kind: str, a: str, b: str) -> bool:
    return (a, kind, b) in found and (b, kind, a) in found


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador agreed to a truce on Monday, but within a day each side accused the "
        "other of violating it.",
        "LIMA, May 3 - Peru and Ecuador agreed to a ceasefire on Sunday after talks in "
        "Brasilia, but within hours each side accused the other of breaking it.",
        "Fighting between Peru and Ecuador erupted in March. Each side blamed the other.",
        "Peruvian and Ecuadorian troops fought along the river for two days, with each side "
        "accusing the other of opening fire first.",
        "Peru and Ecuador signed a truce in May. Both sides have accused each other of "
        "breaking it.",
        "Peru and Ecuador signed the accord in 1998, but each side blames the other for the "
        "deadlock.",
    ],
)
def test_each_side_accusing_the_other_is_the_opposed_pair_both_ways(
    extractor: Extractor, text: str
) -> None:
    assert _both_ways(extracted_triples(extractor, text), "ACCUSED", "Peru", "Ecuador")


def test_the_sides_are_the_opposed_pair_not_the_mediators_named_last(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "Peru and Ecuador fought a war in 1995. A truce brokered by Chile and Brazil took hold "
        "in May, though both sides have accused each other of violating it.",
    )
    assert _both_ways(found, "ACCUSED", "Peru", "Ecuador")
    assert not {(s, t) for s, kind, t in found if kind == "ACCUSED"} & {
        ("Chile", "Brazil"),
        ("Brazil", "Chile"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador signed a truce in May. If each side accuses the other of breaking "
        "it, the deal will collapse.",
        "Peru and Ecuador signed a truce in May. Neither side accused the other of breaking it.",
        "Peru and Ecuador signed a truce in May. Troops on each side of the border accused "
        "officers of abuse.",
    ],
)
def test_no_accusation_between_the_sides_when_none_is_told(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not {t for t in found if t[1] == "ACCUSED"}


def test_sides_that_exchanged_fire_attacked_each_other(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Peruvian soldiers and Ecuadorian troops have exchanged fire since June."
    )
    assert _both_ways(found, "ATTACKED", "Peru", "Ecuador")


def test_no_attack_when_fire_was_not_exchanged_or_prisoners_were(extractor: Extractor) -> None:
    quiet = extracted_triples(
        extractor, "Peruvian and Ecuadorian troops have not exchanged fire since the truce."
    )
    swap = extracted_triples(extractor, "Peru and Ecuador exchanged prisoners on Friday.")
    assert not {t for t in quiet | swap if t[1] == "ATTACKED"}


def test_the_other_before_the_verb_is_no_reciprocal_object(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Peru and Ecuador issued two statements on Monday. In the other, the two governments "
        "criticised the new tariffs.",
    )
    assert not {t for t in found if t[1] == "CONDEMNED"}
