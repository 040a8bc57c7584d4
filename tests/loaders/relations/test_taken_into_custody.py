"""The one taken into a state's or a court's custody is held by it: "was taken into ICC
custody", "took him into Belgian custody" (full extractor, sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_passive_taking_into_a_demonym_custody(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Jean Morel was taken into French custody on Monday.")
    assert ("France", "DETAINED", "Jean Morel") in found


def test_active_taking_holds_the_object_not_the_subject(extractor: Extractor) -> None:
    text = "Police took Jean Morel into Belgian custody after the raid on Monday."
    found = extracted_triples(extractor, text)
    assert ("Belgium", "DETAINED", "Jean Morel") in found
    assert not any(k == "DETAINED" and t == "Belgium" for _, k, t in found)


def test_custody_taken_into_without_a_holder_names_none(extractor: Extractor) -> None:
    text = "Jean Morel, a French banker, was taken into custody on Monday."
    found = extracted_triples(extractor, text)
    assert not any(k == "DETAINED" and s == "France" for s, k, _ in found)
