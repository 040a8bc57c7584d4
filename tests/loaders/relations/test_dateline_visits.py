"""A visit or trip with no destination, in a story filed from the host's city, is a visit to
the dateline's state when the visitor meets someone there; a story filed from a third state, or
a visitor who meets nobody there, stays silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_an_owned_visit_in_a_story_filed_from_the_host_capital(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "CAIRO, March 4 (Reuters) - Egyptian President Abdel Fattah al-Sisi met Indonesian "
        "President Joko Widodo on Monday. Crowds lined the streets of the capital "
        "during Widodo's visit, the first by an Indonesian leader in a decade.",
    )
    assert ("Joko Widodo", "VISITED", "Egypt") in found


def test_an_owned_visit_filed_from_a_third_state_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "SEOUL, March 4 (Reuters) - South Korea's foreign ministry said it was watching "
        "Russian Foreign Minister Sergei Lavrov's trip closely and warned against any arms "
        "deals with North Korea.",
    )
    assert ("Sergei Lavrov", "VISITED", "South Korea") not in found


def test_a_planned_visit_without_destination_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "CAIRO, March 4 (Reuters) - Egyptian President Abdel Fattah al-Sisi spoke by phone on "
        "Monday with Indonesian President Joko Widodo. The two discussed Widodo's upcoming "
        "visit.",
    )
    assert ("Joko Widodo", "VISITED", "Egypt") not in found


def test_an_arrival_naming_no_place_is_one_to_the_dateline_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "NAIROBI, March 4 (Reuters) - Kenyan President William Ruto held talks with German "
        "Chancellor Olaf Scholz on Monday. Scholz, who landed late on Sunday, also toured a "
        "geothermal plant.",
    )
    assert ("Olaf Scholz", "VISITED", "Kenya") in found


def test_an_arrival_somewhere_else_is_no_visit_to_the_dateline_state(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "NAIROBI, March 4 (Reuters) - Kenyan President William Ruto spoke by phone with German "
        "Chancellor Olaf Scholz on Monday. Scholz arrived in Cairo on Sunday for talks.",
    )
    assert ("Olaf Scholz", "VISITED", "Kenya") not in found


def test_an_arrival_of_someone_who_met_nobody_there_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "NAIROBI, March 4 (Reuters) - Kenya's foreign ministry said on Monday it would not "
        "comment on reports that German Chancellor Olaf Scholz had arrived.",
    )
    assert ("Olaf Scholz", "VISITED", "Kenya") not in found


def test_a_guest_welcomed_by_the_host_visited_the_dateline_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "LIMA, March 4 (Reuters) - Spanish King Felipe VI and Peruvian President Dina Boluarte "
        "signed a trade accord on Monday. Felipe was welcomed with a military parade at the "
        "presidential palace by Boluarte, who praised Spain.",
    )
    assert ("Felipe VI", "VISITED", "Peru") in found


def test_a_welcome_in_another_state_is_no_visit_to_the_dateline_state(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "LIMA, March 4 (Reuters) - Spanish King Felipe VI spoke by phone with Peruvian "
        "President Dina Boluarte on Monday. Felipe had been welcomed in Santiago by Chilean "
        "President Gabriel Boric a day earlier.",
    )
    assert ("Felipe VI", "VISITED", "Peru") not in found
