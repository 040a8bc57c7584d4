"""A reaction hung on a noun that sums up the clause before ("..., in a move that drew a rebuke
from X"): X condemns the clause's subject, not the nearest name (summed_moves.py). Sentences of
our own wording."""

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
            "Ethiopia ordered seven U.N. officials out of the country, in a move that drew a "
            "sharp rebuke from Washington.",
            ("United States", "Ethiopia"),
        ),
        (
            "Russia expelled two diplomats in a move that drew condemnation from NATO.",
            ("NATO", "Russia"),
        ),
        (
            "China cut ties with Uganda, a move that drew criticism from Washington.",
            ("United States", "China"),
        ),
        (
            "Iran seized the tanker on Sunday, a decision that drew a rebuke from Qatar.",
            ("Qatar", "Iran"),
        ),
    ],
)
def test_the_critic_condemns_who_made_the_move(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        (
            "China cut ties with Uganda, a move that drew criticism from Washington.",
            ("United States", "Uganda"),
        ),
        (
            "Russia expelled two diplomats in a move that drew no criticism from NATO.",
            ("NATO", "Russia"),
        ),
        (
            "China cut ties with Uganda, a move that could draw criticism from Washington.",
            ("United States", "China"),
        ),
        (
            "Iran welcomed the decision that drew a rebuke from Qatar.",
            ("Qatar", "Iran"),
        ),
        (
            "Russia expelled two diplomats in a move that won praise from NATO.",
            ("NATO", "Russia"),
        ),
    ],
)
def test_not_the_nearest_name_nor_a_reaction_that_did_not_come(
    read: Reader, text: str, unexpected: tuple[str, str]
) -> None:
    assert (unexpected[0], "CONDEMNED", unexpected[1]) not in triples(read(text))
