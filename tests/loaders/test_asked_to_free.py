"""The one a call asks to free "him" is not the prisoner: a pronoun object of the freeing never
names the one asked (full extractor, sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_one_asked_to_pardon_him_is_no_prisoner(extractor: Extractor) -> None:
    text = (
        "Biden addressed Poland's parliament on Monday. He praised Prime Minister Donald Tusk "
        "and urged President Andrzej Duda to pardon him in his long-running bribery case."
    )
    found = extracted_triples(extractor, text)
    assert ("Poland", "DETAINED", "Andrzej Duda") not in found, found


def test_one_asked_to_free_a_named_prisoner_still_holds_them(extractor: Extractor) -> None:
    text = "Biden urged Russian President Vladimir Putin to free Evan Gershkovich."
    found = extracted_triples(extractor, text)
    assert ("Russia", "DETAINED", "Evan Gershkovich") in found, found
