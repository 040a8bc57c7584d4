"""A bare "the move" condemned is the story's own act (loaders/relations/story_act.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_the_move_is_the_lede_s_act(read: Reader) -> None:
    doc = read(
        "Putin said on Monday that Russia was leaving the treaty. "
        "The treaty was signed in 2010. Blinken called the move deeply irresponsible."
    )
    assert ("Antony Blinken", "CONDEMNED", "Russia") in triples(doc)


def test_the_deals_are_all_their_parties(read: Reader) -> None:
    doc = read(
        "Israel signed agreements with Egypt and Qatar on Tuesday. "
        "Iranian leaders denounced the deals as a betrayal."
    )
    found = triples(doc)
    assert ("Iran", "CONDEMNED", "Egypt") in found
    assert ("Iran", "CONDEMNED", "Qatar") in found


@pytest.mark.parametrize(
    "text",
    [
        # a welcome is no condemnation, whoever's the move
        "Putin said Russia was leaving the treaty. Blinken welcomed the move.",
        # an owned move is its owner's, read elsewhere; a kind label condemns nobody
        "Putin said Russia was leaving the treaty. Blinken called the move wise.",
        # the move named in the lede itself is no reference back
        "Blinken condemned the move after Russia left the treaty.",
        # an indefinite move may be anybody's
        "Putin said Russia was leaving the treaty. Blinken condemned a move by Qatar.",
    ],
)
def test_no_condemnation_or_no_reference_back_condemns_nobody_of_the_lede(
    read: Reader, text: str
) -> None:
    found = triples(read(text))
    assert ("Antony Blinken", "CONDEMNED", "Russia") not in found
    assert ("Antony Blinken", "CONDEMNED", "Vladimir Putin") not in found


def test_what_she_called_a_move_is_the_lede_s_act(read: Reader) -> None:
    doc = read(
        "Russia left the grain deal on Monday. Egypt sent aid. "
        "Berg condemned what she called a cynical move."
    )
    assert ("Anna Berg", "CONDEMNED", "Russia") in triples(doc)


def test_what_he_called_an_attack_is_the_attacker_s(read: Reader) -> None:
    doc = read(
        "Israeli jets struck the consulate in Damascus. "
        "Lavrov condemned what he called a cowardly attack."
    )
    assert ("Sergey Lavrov", "CONDEMNED", "Israel") in triples(doc)


def test_what_was_called_but_not_condemned_condemns_nobody(read: Reader) -> None:
    doc = read(
        "Russia left the grain deal on Monday. Egypt sent aid. "
        "Berg did not condemn what she called a cynical move."
    )
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(doc))


def test_the_assault_is_the_lede_s_attackers(read: Reader) -> None:
    doc = read(
        "Iranian gunmen stormed a border post on Friday. Qatar hosted talks. "
        "Egypt and Berg condemned the assault."
    )
    found = triples(doc)
    assert ("Egypt", "CONDEMNED", "Iran") in found
    assert ("Anna Berg", "CONDEMNED", "Iran") in found


def test_an_assault_the_lede_does_not_tell_of_is_nobody_s(read: Reader) -> None:
    doc = read("Qatar hosted talks on Friday. Egypt sent aid. Berg condemned the assault.")
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(doc))


def test_the_strikes_are_the_lede_s_pounding(read: Reader) -> None:
    doc = read(
        "The United States and Israel pounded militia depots in Syria with missiles on Saturday. "
        "The depots stored rockets, officials said. "
        "Iran condemned the strikes as a violation of Syrian sovereignty."
    )
    found = triples(doc)
    assert ("Iran", "CONDEMNED", "United States") in found
    assert ("Iran", "CONDEMNED", "Israel") in found


def test_a_bombing_the_lede_only_mentions_is_not_its_doer_s(read: Reader) -> None:
    doc = read(
        "Egypt recalled its envoy from Qatar on Monday after a bombing in Doha killed nine. "
        "The envoy left on Tuesday. Iran condemned the bombing."
    )
    assert ("Iran", "CONDEMNED", "Egypt") not in triples(doc)
