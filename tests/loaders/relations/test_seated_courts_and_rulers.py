"""A court named by the city it sits in is its state's, a head of state asked to free someone
holds them for their state, and bare police arrest for the story's one jailer (whole extractor,
articles of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model

_TREATY = (
    "BRUSSELS, May 3 - Belgium signed a prisoner treaty with Iran on Friday. Critics say it is "
    "meant to free Reza Kamali, a diplomat {court} sentenced to 18 years in prison last "
    "year."
)


def test_a_court_in_a_city_sentences_for_its_state(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _TREATY.format(court="whom a court in Antwerp"))
    assert ("Belgium", "DETAINED", "Reza Kamali") in found


def test_a_court_in_an_unknown_place_names_no_jailer(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _TREATY.format(court="whom a court in Narnia"))
    assert not any(kind == "DETAINED" for _, kind, _ in found)


_SUMMIT = (
    "BALI, Nov 15 - Chinese President Xi Jinping met Australian Prime Minister Anthony "
    "Albanese on Tuesday. Albanese said he had pressed {asked} to free two jailed Australians, "
    "the reporter Mei Tan and the novelist Liam Ord."
)


def test_a_ruler_asked_to_free_people_holds_them_for_their_state(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _SUMMIT.format(asked="Xi"))
    assert ("China", "DETAINED", "Mei Tan") in found
    assert ("China", "DETAINED", "Liam Ord") in found


def test_a_later_ask_of_the_same_call_holds_them_too(extractor: Extractor) -> None:
    asked = "Xi to lift the tariffs on Australian wine and"
    found = extracted_triples(extractor, _SUMMIT.format(asked=asked))
    assert ("China", "DETAINED", "Mei Tan") in found


def test_a_person_of_no_office_asked_to_free_holds_nobody(extractor: Extractor) -> None:
    text = _SUMMIT.replace("Chinese President", "Chinese tycoon").format(asked="Xi")
    found = extracted_triples(extractor, text)
    assert not any(kind == "DETAINED" for _, kind, _ in found)


_CRACKDOWN = (
    "MANAGUA, June 9 - Nicaraguan authorities detained opposition leader Rosa Vega last week. "
    "On Tuesday {doers} arrested Tomas Rivas, a sociologist."
)


def test_bare_police_arrest_for_the_one_jailer_of_the_story(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _CRACKDOWN.format(doers="police"))
    assert ("Nicaragua", "DETAINED", "Tomas Rivas") in found


def test_police_of_another_state_arrest_for_no_story_jailer(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _CRACKDOWN.format(doers="Honduran police"))
    assert ("Nicaragua", "DETAINED", "Tomas Rivas") not in found


_PRESSED = (
    "WASHINGTON, Aug 2 - Washington criticised Ankara on Friday. The United States is pressing "
    "Turkey for the {ask} of Dana Holt, a chemist."
)


def test_a_state_pressed_for_a_release_holds_the_prisoner(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _PRESSED.format(ask="release"))
    assert ("Turkey", "DETAINED", "Dana Holt") in found


def test_a_state_pressed_for_an_extradition_holds_nobody(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _PRESSED.format(ask="extradition"))
    assert not any(kind == "DETAINED" for _, kind, _ in found)
