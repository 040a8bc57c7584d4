"""A state the news names by its epithet: "the Islamic Republic" is Iran, unless a longer
official name says which republic. Sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_the_islamic_republic_is_iran(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Canada condemned the Islamic Republic for the arrests.")
    assert ("Canada", "CONDEMNED", "Iran") in found


def test_a_longer_official_name_says_which_republic(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The Islamic Republic of Pakistan condemned India for the strikes."
    )
    assert ("Pakistan", "CONDEMNED", "India") in found
    assert not any("Iran" in (s, t) for s, _, t in found)
