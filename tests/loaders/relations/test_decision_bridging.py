"""A condemnation of "the decision" / "the ban" with no maker of its own is aimed at whoever
last decided, announced or imposed one (bridging.py), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model

_LEDE = "GENEVA, June 2 - Talks on the grain corridor resumed in Geneva on Tuesday. "


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            _LEDE + "On Wednesday, Hungary decided to close its consulate in Lviv. "
            "Ukraine condemned the decision.",
            "Hungary",
        ),
        (
            _LEDE + "On Wednesday, Poland announced a ban on Ukrainian grain imports. "
            "Ukraine criticised the ban.",
            "Poland",
        ),
    ],
)
def test_the_decision_is_condemned_on_its_maker(
    extractor: Extractor, text: str, maker: str
) -> None:
    assert ("Ukraine", "CONDEMNED", maker) in extracted_triples(extractor, text)


def test_two_makers_leave_the_decision_unaimed(extractor: Extractor) -> None:
    text = (
        _LEDE + "On Wednesday, Hungary decided to close its consulate in Lviv, and Slovakia "
        "decided to do the same. Ukraine condemned the decision."
    )
    found = extracted_triples(extractor, text)
    assert not any(t[1] == "CONDEMNED" for t in found)


def test_a_decision_still_to_be_taken_is_not_the_one_condemned(extractor: Extractor) -> None:
    text = (
        _LEDE + "On Wednesday, a Hungarian court will decide whether to close the consulate in "
        "Lviv. Ukraine condemned the decision."
    )
    found = extracted_triples(extractor, text)
    assert not any(t[1] == "CONDEMNED" for t in found)
