"""A war that "pits" one side against another is fought by both ("a conflict that has pitted
the TPLF against the federal government"); a contest of another kind, or a war only feared,
is no attack. And fighters who "overran" a state's land attacked it."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "The conflict has pitted the TPLF against the federal government of Ethiopia.",
            "Tigray People's Liberation Front",
            "Ethiopia",
        ),
        (
            "The war, which pits Ethiopia against the TPLF, has killed thousands.",
            "Ethiopia",
            "Tigray People's Liberation Front",
        ),
        (
            "A civil war pitting the Sudanese army against the Rapid Support Forces began in "
            "April.",
            "Sudanese army",
            "Rapid Support Forces",
        ),
    ],
)
def test_a_war_pitting_two_sides(extractor: Extractor, text: str, one: str, other: str) -> None:
    found = extracted_triples(extractor, text)
    assert {(one, "ATTACKED", other), (other, "ATTACKED", one)} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The election pitted Macron against Le Pen.",
        "The dispute pits China against the Philippines.",
        "A war pitting Russia against NATO would be a catastrophe.",
        "Analysts fear a conflict pitting China against Taiwan.",
    ],
)
def test_pitted_but_not_at_war(extractor: Extractor, text: str) -> None:
    assert not any(rel == "ATTACKED" for _, rel, _ in extracted_triples(extractor, text))


def test_overran_a_states_land(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Iraq declared victory. Islamic State fighters overran much of Iraq in 2014."
    )
    assert ("Islamic State", "ATTACKED", "Iraq") in found
