"""A third party that negotiates, hammers out, leads or carries messages for two others mediates
between them (ANNOTATION.md: target each party), and the parties did not meet through it."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        (
            "The United States negotiated a ceasefire between Israel and Lebanon.",
            "United States",
            ("Israel", "Lebanon"),
        ),
        (
            "Washington and Doha hammered out the agreement between Israel and Hamas.",
            "Qatar",
            ("Israel", "Hamas"),
        ),
        (
            "Oman passed messages between Iran and the United States.",
            "Oman",
            ("Iran", "United States"),
        ),
    ],
)
def test_a_go_between_mediates(
    extractor: Extractor, text: str, mediator: str, parties: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    assert {(mediator, "MEDIATED", p) for p in parties} <= found
    assert not met(found, *parties)  # the talks went through the go-between


@pytest.mark.parametrize(
    "text",
    [
        "Israel negotiated a ceasefire with Hamas.",  # a party, not a go-between
        "The United States did not negotiate a ceasefire between Israel and Lebanon.",
        "Qatar could negotiate a truce between Israel and Hamas.",
        "Algeria said it was ready to mediate between Mali and the rebels.",
    ],
)
def test_no_mediation(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "MEDIATED"}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar acted as a go-between for Iran and the United States.",
        "Qatar has served as an intermediary for Iran and the United States.",
    ],
)
def test_a_go_between_for_two_sides_mediates_between_them(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert {("Qatar", "MEDIATED", "Iran"), ("Qatar", "MEDIATED", "United States")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Qatar acted as a mediator for Iran.",
        "Qatar could act as a go-between for Iran and the United States.",
    ],
)
def test_one_side_or_a_possible_go_between_mediates_nothing(
    extractor: Extractor, text: str
) -> None:
    assert not {t for t in extracted_triples(extractor, text) if t[1] == "MEDIATED"}
