"""A summons made to protest is a protest by the summoner (modality: the purpose infinitive
takes place with the summons; subjects: the summoner protests, not the envoy), and a bare one
is aimed at the summoned envoy's state (summoned_protests)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _condemned(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in extracted_triples(extractor, text) if kind == "CONDEMNED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey summoned the U.S. ambassador on Saturday to protest against President "
            "Joe Biden's remarks.",
            ("Turkey", "Joe Biden"),
        ),
        (
            "Kenya summoned Uganda's ambassador on Monday to lodge a strong protest.",
            ("Kenya", "Uganda"),
        ),
        (
            "Japan summoned Russian Ambassador Mikhail Galuzin to convey its objections.",
            ("Japan", "Russia"),
        ),
        (
            "Peru summoned Chile's ambassador on Tuesday to protest against the arrest of "
            "two Peruvian fishermen off the coast.",
            ("Peru", "Chile"),
        ),
        (
            "Chinese Vice Foreign Minister Zhou Lan summoned the EU ambassador, Pierre Dumont, "
            "late on Monday to lodge a strong protest.",
            ("China", "European Union"),
        ),
    ],
)
def test_summons_to_protest_condemns(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _condemned(extractor, text)


def test_the_summoned_envoy_does_not_protest(extractor: Extractor) -> None:
    found = _condemned(
        extractor,
        "Turkey summoned the U.S. ambassador on Saturday to protest against President "
        "Joe Biden's remarks.",
    )
    assert ("United States", "Joe Biden") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned Uganda's ambassador to discuss trade.",
        "Kenya would summon Uganda's ambassador to lodge a protest.",
        "Kenya did not summon Uganda's ambassador to lodge a protest.",
        "Kenya summoned Uganda's ambassador to lodge a protest over the Tanzanian raid.",
        "Tanzania denied any role. Kenya summoned Uganda's envoy to protest against the "
        "shelling of a Kenyan village by Tanzanian troops.",
        "Kenya summoned the Swiss envoy, whose embassy represents Ugandan interests, to "
        "protest against the seizure of a Kenyan ferry.",
    ],
)
def test_no_protest_at_the_envoys_state(extractor: Extractor, text: str) -> None:
    assert ("Kenya", "Uganda") not in _condemned(extractor, text)
