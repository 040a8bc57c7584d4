"""A step said to have no justification, and a protest lodged "to" a state (labels.py,
lexicon.py), model-backed."""

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
            "Blinken said on Friday there was no justification for Tehran's move.",
            ("Antony Blinken", "Iran"),
        ),
        ("Qatar said there could be no excuse for the Israeli blockade.", ("Qatar", "Israel")),
        (
            "Armenia said Baku's closure of the corridor had no justification.",
            ("Armenia", "Azerbaijan"),
        ),
        ("Egypt protested to Israel over the new map on Tuesday.", ("Egypt", "Israel")),
        ("Armenia said it had protested to Baku after the remarks.", ("Armenia", "Azerbaijan")),
    ],
)
def test_a_step_without_grounds_or_a_protest_to_a_state_condemns_it(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Qatar said there was some justification for Egypt's decision.", ("Qatar", "Egypt")),
        ("Qatar said there was no need for Egypt's help.", ("Qatar", "Egypt")),
        (
            "Lavrov said there was no justification for a boycott of Russia.",
            ("Sergey Lavrov", "Russia"),
        ),
        ("Armenia did not protest to Baku over the remarks.", ("Armenia", "Azerbaijan")),
    ],
)
def test_grounds_granted_or_a_body_appealed_to_condemn_nobody(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "CONDEMNED", pair[1]) not in triples(read(text))


def test_a_protest_to_a_world_body_condemns_nobody(read: Reader) -> None:
    text = "Egypt said it had protested to NATO over the Israeli flights."
    assert ("Egypt", "CONDEMNED", "NATO") not in triples(read(text))
