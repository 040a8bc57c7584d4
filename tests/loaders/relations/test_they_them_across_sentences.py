"""A plural pronoun for a list of actors named in the sentence before (relations/group_ends.py):
a passive "They were greeted by X" stands for the list as an active "They met X" does, and an
object "them" whose sentence names no plural before it but its own verb's subject looks back to
the last list of actors named before. Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model

_OFFICERS = (
    "Colonel Ivan Petrov and Major Olga Sidorova landed in Athens on Monday, hours after a "
    "Turkish court freed them. "
)
_HELD = "Among those detained were the opposition leader Anna Lee and the lawyer Tom Chan. "


def test_a_passive_they_is_the_list_named_before(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, _OFFICERS + "They were greeted by Greek Foreign Minister Nikos Dendias."
    )
    assert met(found, "Ivan Petrov", "Nikos Dendias")
    assert met(found, "Olga Sidorova", "Nikos Dendias")


def test_a_passive_they_after_a_sentence_about_something_else_is_nobody(
    extractor: Extractor,
) -> None:
    text = (
        "Colonel Ivan Petrov and Major Olga Sidorova flew to Athens on Monday. "
        "The talks there lasted for hours. "
        "They were greeted by Greek Foreign Minister Nikos Dendias."
    )
    found = extracted_triples(extractor, text)
    assert not met(found, "Ivan Petrov", "Nikos Dendias")


def test_an_object_them_looks_past_its_own_subject_to_the_list_before(
    extractor: Extractor,
) -> None:
    found = extracted_triples(extractor, _HELD + "Belarusian police accused them of sedition.")
    assert ("Belarus", "ACCUSED", "Anna Lee") in found
    assert ("Belarus", "ACCUSED", "Tom Chan") in found


def test_an_object_them_after_another_plural_in_its_sentence_is_not_the_list(
    extractor: Extractor,
) -> None:
    text = _HELD + (
        "Belarusian police filed charges against opposition groups and accused them of sedition."
    )
    found = extracted_triples(extractor, text)
    assert ("Belarus", "ACCUSED", "Anna Lee") not in found
