"""A mediation effort under way ("has been working to mediate between A and B", "are trying to
broker a deal between A and B") and its co-mediators named "alongside" (mediation_efforts,
co_mediators). Offers, hopes and denied efforts stay silent.
Sentences of our own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _mediated(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in extracted_triples(extractor, text) if kind == "MEDIATED"}


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Oman has been working to mediate between Iran and the United States for months.",
            {("Oman", "Iran"), ("Oman", "United States")},
        ),
        (
            "Norway is trying to broker a border settlement between Colombia and Venezuela.",
            {("Norway", "Colombia"), ("Norway", "Venezuela")},
        ),
        (
            "Turkey has been trying to mediate between Moscow and Kyiv since the spring.",
            {("Turkey", "Russia"), ("Turkey", "Ukraine")},
        ),
        (
            "Qatar has been working alongside Egypt and the United States to mediate between "
            "Israel and Hamas on a hostage deal.",
            {
                ("Qatar", "Israel"),
                ("Qatar", "Hamas"),
                ("Egypt", "Israel"),
                ("Egypt", "Hamas"),
                ("United States", "Israel"),
                ("United States", "Hamas"),
            },
        ),
    ],
)
def test_an_effort_under_way_is_mediation(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    assert right <= _mediated(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey offered to mediate between Russia and Ukraine.",
        "Turkey hopes to mediate between Russia and Ukraine.",
        "Turkey did not try to mediate between Russia and Ukraine.",
        "Turkey tried to mediate between Russia and Ukraine, but the effort failed.",
        "Turkey refused to work to mediate between Russia and Ukraine.",
    ],
)
def test_an_offer_or_a_refusal_is_not(extractor: Extractor, text: str) -> None:
    assert not {(s, t) for s, t in _mediated(extractor, text) if s == "Turkey"}
