"""Forms that name an actor only in context: "the North", "Brussels", royal titles, demonyms
standing for the state's forces, and states named only as where something happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

from tests.loaders.actors.conftest import spans

pytestmark = pytest.mark.model


def test_the_north_after_north_korea(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "North Korea tested a rocket on Sunday, and Seoul said the North had broken its word. "
        "Guests gathered on the South Lawn."
    )
    assert spans(doc)["North"] == "country:PRK"
    assert "South" not in spans(doc)


def test_the_north_alone_is_nobody(actor_nlp: Language) -> None:
    doc = actor_nlp("Storms hit the North on Monday, officials in Canada said.")
    assert "North" not in spans(doc)


def test_brussels_is_the_union_only_when_it_acts(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The European Union froze funds for Hungary. Brussels rejected the appeal, and "
        "talks in Brussels ended."
    )
    brussels = [m for m in doc._.mentions if doc[m.start : m.end].text == "Brussels"]
    assert [m.actor_id for m in brussels] == ["organization:european-union"]
    alone = actor_nlp("Brussels rejected the appeal on Monday.")
    assert not alone._.actors


def test_royal_title_with_one_name_is_a_person(actor_nlp: Language) -> None:
    doc = actor_nlp("Emir Tamim received the envoys, and Pope Leo called for a truce.")
    # named as news and gold name them: "Emir Tamim", "Pope Leo", not a bare "Leo"
    assert doc._.actors["person:emir-tamim"].title == "Emir"
    assert doc._.actors["person:pope-leo"].title == "Pope"


def test_demonym_before_military_acts_is_the_state(actor_nlp: Language) -> None:
    doc = actor_nlp("An Israeli air strike hit the depot, and Russian raids resumed.")
    found = spans(doc)
    assert found["Israeli air strike"] == "country:ISR"
    assert found["Russian raids"] == "country:RUS"


def test_a_state_only_named_as_the_place_is_no_actor(actor_nlp: Language) -> None:
    doc = actor_nlp("The envoys held talks in Oman, and the wounded were treated in Austria.")
    assert "country:OMN" not in doc._.actors
    assert "country:AUT" not in doc._.actors


def test_a_place_where_the_state_acts_is_the_state(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The activist was arrested in Belarus last year, and the authorities in Mali "
        "protested. Oman later hosted talks in Oman."
    )
    assert "country:BLR" in doc._.actors
    assert "country:MLI" in doc._.actors
    assert "country:OMN" in doc._.actors  # acts elsewhere in the article


def test_brussels_is_belgium_in_a_story_about_belgium(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Rwanda cut ties with Belgium on Monday. Belgium had pressed the European Union to "
        "act, and Belgian diplomats were told to leave. Rwanda accused Brussels of taking sides."
    )
    brussels = [m for m in doc._.mentions if doc[m.start : m.end].text == "Brussels"]
    assert [m.actor_id for m in brussels] == ["country:BEL"]
