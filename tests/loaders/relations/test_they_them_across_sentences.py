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


def test_they_in_a_where_clause_is_a_subject_list_the_parser_split(extractor: Extractor) -> None:
    """ "Minister A and Secretary of State B travelled to X, where they met C": the small parser
    may hang the two names on the verb as two subjects, with no conjunct link between them."""
    found = extracted_triples(
        extractor,
        "Late last month, German Foreign Minister Annalena Baerbock and U.S. Secretary of State "
        "Antony Blinken travelled together to Chisinau, where they met President Maia Sandu.",
    )
    assert met(found, "Annalena Baerbock", "Maia Sandu")
    assert met(found, "Antony Blinken", "Maia Sandu")


def test_they_after_a_list_joined_by_another_is_all_of_them(extractor: Extractor) -> None:
    """ "A, B and C arrived and were joined by D. They then met E": D is one of "they"."""
    found = extracted_triples(
        extractor,
        "Dutch Prime Minister Mark Rutte, Belgian Prime Minister Alexander De Croo and "
        "Luxembourg Prime Minister Xavier Bettel arrived by train on Friday and were joined by "
        "Irish Prime Minister Leo Varadkar. They then held talks with President Maia Sandu.",
    )
    for member in ("Mark Rutte", "Alexander De Croo", "Xavier Bettel", "Leo Varadkar"):
        assert met(found, member, "Maia Sandu")
