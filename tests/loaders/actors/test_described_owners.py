"""Descriptions that stand for one body named before, with the modifiers news puts in them
("the Palestinian group", "the Iran-aligned group") or its head word capitalised ("the Fund")
(loaders/actors/body_descriptions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel struck a camp run by Hamas on Monday. On Tuesday Egypt accused the Palestinian "
            "group of smuggling weapons.",
            ("Egypt", "ACCUSED", "Hamas"),
        ),
        (
            "Saudi Arabia offered the Houthis a ceasefire on Monday. The Iran-aligned group "
            "dismissed the proposal as nothing new.",
            ("Houthis", "REJECTED", "Saudi Arabia"),
        ),
        (
            "Venezuela asked the International Monetary Fund for a $5 billion loan. The Fund "
            "turned the request down last week.",
            ("International Monetary Fund", "REJECTED", "Venezuela"),
        ),
    ],
)
def test_a_description_stands_for_the_one_actor(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a name inside the description: the Islamic State group is no anaphor of Hamas
        "Israel struck a camp run by Hamas on Monday. Egypt accused the Islamic State group of "
        "smuggling weapons.",
        # two armed groups named before: "the group" is neither
        "Israel struck camps run by Hamas and Hezbollah. Egypt accused the Palestinian group "
        "of smuggling weapons.",
    ],
)
def test_a_named_or_ambiguous_description_is_not_hamas(extractor: Extractor, text: str) -> None:
    assert ("Egypt", "ACCUSED", "Hamas") not in extracted_triples(extractor, text)


def test_the_fund_needs_a_fund_named_before(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Venezuela asked the World Bank for a loan. The Fund turned the request down.",
    )
    assert not any(kind == "REJECTED" for _, kind, _ in found)
