"""A body the text itself calls armed ("a rebel group") is "the rebels" or "the militants"
later, and a body introduced as an alliance is "the coalition" later; with two such bodies, or
with a state, nothing is linked (loaders/actors/body_descriptions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model

_ARMED = (
    "NAIROBI, March 3 - Ethiopia's government held talks on Monday with the Benishangul "
    "Liberation Movement, a rebel group that has fought in the west for years. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _ARMED + "Addis Ababa accused the rebels of killing civilians last month.",
            ("Ethiopia", "ACCUSED", "Benishangul Liberation Movement"),
        ),
        (
            _ARMED + "Kenya urged the militants to lay down their arms.",
            ("Kenya", "URGED", "Benishangul Liberation Movement"),
        ),
    ],
)
def test_a_group_called_armed_is_the_rebels_later(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_two_groups_called_armed_give_no_rebels(extractor: Extractor) -> None:
    text = (
        "NAIROBI, March 3 - Ethiopia's government held talks on Monday with the Benishangul "
        "Liberation Movement, a rebel group, and the Gambella People's Front, another rebel "
        "group. Kenya urged the militants to lay down their arms."
    )
    triples = extracted_triples(extractor, text)
    assert ("Kenya", "URGED", "Benishangul Liberation Movement") not in triples
    assert ("Kenya", "URGED", "Gambella People's Front") not in triples


def test_a_body_introduced_as_an_alliance_is_the_coalition_later(extractor: Extractor) -> None:
    text = (
        "HARARE, May 2 - Zimbabwe's government met the Movement for Democratic Change, the "
        "alliance that led months of protests against the president, on Tuesday. The "
        "government later accused the coalition of stoking unrest."
    )
    assert ("Zimbabwe", "ACCUSED", "Movement for Democratic Change") in extracted_triples(
        extractor, text
    )
