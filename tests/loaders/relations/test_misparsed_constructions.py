"""Constructions the small parser hangs in odd places: "is due on Monday to meet", "a day
after meeting", "was to blame", "accused rivals A, ..., and B of". Sentences of our own wording,
read through the whole extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_due_on_a_day_to_meet_is_planned(extractor: Extractor) -> None:
    text = (
        "French President Emmanuel Macron is due on Thursday to meet President Joao Lourenco "
        "and Prime Minister Nuno Gomes before flying on to Gabon."
    )
    found = extracted_triples(extractor, text)
    assert met(found, "Emmanuel Macron", "Joao Lourenco")


def test_had_been_due_to_meet_did_not_happen(extractor: Extractor) -> None:
    text = (
        "French President Emmanuel Macron had been due on Thursday to meet President Joao "
        "Lourenco, but the trip was called off."
    )
    assert not met(extracted_triples(extractor, text), "Emmanuel Macron", "Joao Lourenco")


def test_a_day_after_meeting_someone_the_subject_met_him(extractor: Extractor) -> None:
    text = (
        "German Chancellor Olaf Scholz held talks with Xi Jinping on Friday, a day after "
        "meeting Premier Li Qiang."
    )
    assert met(extracted_triples(extractor, text), "Olaf Scholz", "Li Qiang")


def test_said_to_be_to_blame_is_an_accusation(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Foreign Secretary David Cameron said Iran was to blame.")
    assert ("David Cameron", "ACCUSED", "Iran") in found


def test_said_not_to_be_to_blame_is_none(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Foreign Secretary David Cameron said Iran was not to blame."
    )
    assert ("David Cameron", "ACCUSED", "Iran") not in found


def test_a_label_and_the_names_it_labels_are_all_accused(extractor: Extractor) -> None:
    text = (
        "Venezuelan President Nicolas Maduro has accused opponents Maria Corina Machado, the "
        "opposition leader, and Edmundo Gonzalez, a former diplomat, of plotting a coup."
    )
    found = extracted_triples(extractor, text)
    assert ("Nicolas Maduro", "ACCUSED", "Maria Corina Machado") in found
    assert ("Nicolas Maduro", "ACCUSED", "Edmundo Gonzalez") in found
