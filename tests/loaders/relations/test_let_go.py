"""Releases told as letting someone go ("set free", "let X go", "allowed X to fly home"); letting
someone travel somewhere, or leave a country they were merely in, is no release."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "releaser", "released"),
    [
        ("Moscow let Brittney Griner go in return for Viktor Bout.", "Russia", {"Brittney Griner"}),
        (
            "China allowed Michael Kovrig and Michael Spavor to fly home.",
            "China",
            {"Michael Kovrig", "Michael Spavor"},
        ),
        ("Iran let French tourist Benjamin Briere leave prison.", "Iran", {"Benjamin Briere"}),
        ("Venezuela set free Matthew Heath on Saturday.", "Venezuela", {"Matthew Heath"}),
    ],
)
def test_let_go(extractor: Extractor, text: str, releaser: str, released: set[str]) -> None:
    found = extracted_triples(extractor, text)
    assert {t for s, kind, t in found if (s, kind) == (releaser, "RELEASED")} == released


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not let Paul Whelan go.",
        "Iran could let Benjamin Briere go next week.",
        "China allowed Antony Blinken to go to Beijing.",  # a trip, not a release
        "Russia allowed U.S. diplomats to leave Moscow.",
    ],
)
def test_no_release(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "RELEASED"}
