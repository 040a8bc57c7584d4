"""An unnamed court of the lead ("A Tver court sentenced ...") is the court the article names in
full later when its place word is in that name (court_names)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_unnamed_court_is_the_court_named_later(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "A Tver court on Friday sentenced American teacher Mark Dolan to ten years in prison "
        "for smuggling. The Tver Regional Court heard the case behind closed doors.",
    )
    assert ("Tver Regional Court", "DETAINED", "Mark Dolan") in found


def test_no_full_name_keeps_no_article(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "A Tver court on Friday sentenced American teacher Mark Dolan to ten years in prison "
        "for smuggling. The Supreme Court of Canada heard an unrelated case.",
    )
    assert not any(t[0].startswith("A ") for t in found)
    assert not any(t[0] == "Supreme Court of Canada" and t[1] == "DETAINED" for t in found)
