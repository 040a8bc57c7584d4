"""Condemnations whose target the sentence names only by a back-reference: "the comments" made
before by someone named ("remarks by X", said_before.py), an attack whose weapons are the only
subject of the latest report (bridging.py), "the hanging" of a told execution, and a person
branded with a name for a person ("branded him a putschist", lexicon.NEGATIVE_LABELS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quarrel started with remarks by Blinken about the vote in Armenia. "
            "The Kremlin condemned the comments on Tuesday.",
            ("Russia", "CONDEMNED", "Antony Blinken"),
        ),
        (
            "Russia opened a new offensive in eastern Ukraine on Monday. "
            "Missiles struck several towns overnight. Biden condemned the attack.",
            ("Joe Biden", "CONDEMNED", "Russia"),
        ),
        (
            "Iran hanged a well-known dissident at dawn on Monday. Egypt condemned the hanging.",
            ("Egypt", "CONDEMNED", "Iran"),
        ),
        (
            "Blinken held talks with Kim in Hanoi and later branded him a usurper.",
            ("Antony Blinken", "CONDEMNED", "Kim Jong Un"),
        ),
    ],
)
def test_the_one_referred_to_is_condemned(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the comments are the reacting side's own
        (
            "The quarrel started with remarks by Lavrov about the vote in Armenia. "
            "The Kremlin condemned the comments on Tuesday.",
            ("Russia", "CONDEMNED", "Sergey Lavrov"),
        ),
        # gunmen, not weapons, did the latest attack: whose attack is meant is not told
        (
            "Russia opened a new offensive in eastern Ukraine on Monday. "
            "Gunmen struck several towns overnight. Biden condemned the attack.",
            ("Joe Biden", "CONDEMNED", "Russia"),
        ),
    ],
)
def test_no_one_condemned(read: Reader, text: str, unwanted: tuple[str, str, str]) -> None:
    found = triples(read(text))
    assert unwanted not in found, found
