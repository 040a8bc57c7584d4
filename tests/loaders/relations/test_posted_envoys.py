"""An owned post's "for"/"to" state is where it is posted, not whom it serves ("Trump's envoy
for Ukraine" is American, so his talks in Kyiv are a visit); and "due at the White House" is a
scheduled visit like "due in Washington"."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Kyiv, President Volodymyr Zelenskiy met Keith Kellogg, Trump's envoy for Ukraine, "
            "who arrived on Monday for a week-long visit.",
            ("Keith Kellogg", "VISITED", "Ukraine"),
        ),
        (
            "French President Emmanuel Macron is due at the White House on Monday for talks on "
            "Ukraine.",
            ("Emmanuel Macron", "VISITED", "United States"),
        ),
    ],
)
def test_visit_read(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in extracted_triples(extractor, text)


def test_a_spokesman_for_a_ministry_still_serves_its_state(extractor: Extractor) -> None:
    text = "Nasser Kanaani, a spokesman for Iran's foreign ministry, arrived in Oman on Monday."
    assert ("Nasser Kanaani", "VISITED", "Oman") in extracted_triples(extractor, text)
