"""Constructions found on the newest articles: a demonym on a hostile act ("condemned Israeli
aggression"), a free relative whose named act the parser makes a second object ("condemned
what it called blatant Russian aggression"), and talks dated by a measure of time set off by a
comma ("announced it in Ankara, a day after talks with X"). Sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_condemned_a_demonym_aggression_condemns_the_state(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Qatar condemned Iranian aggression against Kuwait.")
    assert ("Qatar", "CONDEMNED", "Iran") in found


def test_condemned_what_it_called_aggression_condemns_its_state(extractor: Extractor) -> None:
    text = "Jordan condemned what it called flagrant Iranian aggression against an Arab state."
    assert ("Jordan", "CONDEMNED", "Iran") in extracted_triples(extractor, text)


def test_aggression_against_a_state_is_not_its_own(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Qatar condemned the aggression against Kuwait.")
    assert ("Qatar", "CONDEMNED", "Kuwait") not in found


def test_talks_a_day_before_the_comma_are_the_subjects(extractor: Extractor) -> None:
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis announced the agreement in Athens, a day after "
        "talks with Egyptian President Abdel Fattah al-Sisi."
    )
    found = extracted_triples(extractor, text)
    assert met(found, "Kyriakos Mitsotakis", "Abdel Fattah al-Sisi")
    # the talks are dated by the announcement, not held where it was made
    assert ("Abdel Fattah al-Sisi", "VISITED", "Greece") not in found


def test_a_day_after_talks_between_others_is_not_the_subjects(extractor: Extractor) -> None:
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis announced the agreement, a day after talks "
        "between Egypt and Israel."
    )
    found = extracted_triples(extractor, text)
    assert not met(found, "Kyriakos Mitsotakis", "Egypt")
    assert not met(found, "Kyriakos Mitsotakis", "Israel")


def test_the_name_after_an_office_phrase_is_who_was_met(extractor: Extractor) -> None:
    text = (
        "Kenyan President William Ruto held talks with the chief of the army, General Mamadi "
        "Doumbouya, on Monday."
    )
    assert met(extracted_triples(extractor, text), "William Ruto", "Mamadi Doumbouya")


def test_a_name_in_a_later_clause_is_not_the_office_holder(extractor: Extractor) -> None:
    text = (
        "Kenyan President William Ruto met the leader of the junta on Monday, a day before "
        "President Emmanuel Macron arrived."
    )
    assert not met(extracted_triples(extractor, text), "William Ruto", "Emmanuel Macron")


def test_an_official_in_a_capital_while_something_happened_visited(extractor: Extractor) -> None:
    text = (
        "A cargo ship was seized while German Chancellor Olaf Scholz was in Beijing, China's "
        "foreign ministry said."
    )
    assert ("Olaf Scholz", "VISITED", "China") in extracted_triples(extractor, text)


def test_an_official_in_a_capital_only_if_is_no_visit(extractor: Extractor) -> None:
    text = (
        "The deal would be signed if German Chancellor Olaf Scholz was in Beijing, China's "
        "foreign ministry said."
    )
    assert ("Olaf Scholz", "VISITED", "China") not in extracted_triples(extractor, text)
