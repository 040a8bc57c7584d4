"""A rank described far from the name ("the general"), and "him" past a possessor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from loaders.actors.descriptions import fits
from tests.loaders.actors.conftest import spans

if TYPE_CHECKING:
    from spacy.language import Language

_FILLER = (
    "Rain fell on the capital all week. Markets were closed on Tuesday. "
    "Schools reopened on Wednesday. Traffic was heavy on Thursday. "
)


def test_general_is_a_rank_not_a_civil_post() -> None:
    assert fits("general", "general", "senior general")
    assert fits("general", "general", "major general")
    assert not fits("general", "general", "secretary-general")
    assert not fits("general", "general", "attorney general")
    assert not fits("general", "general", "director general")


@pytest.mark.model
def test_the_general_is_the_only_general_however_far_back(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "General Tomas Oduya seized power in March. " + _FILLER + "On Friday President Anna "
        "Lind said she had asked the general to free the prisoners."
    )
    assert spans(doc).get("general") == "person:tomas-oduya"


@pytest.mark.model
def test_two_generals_leave_the_general_unresolved(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "General Tomas Oduya and General Pavel Ruiz seized power in March. " + _FILLER + "On "
        "Friday President Anna Lind said she had asked the general to free the prisoners."
    )
    assert "general" not in spans(doc)


@pytest.mark.model
def test_the_general_public_describes_nobody(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "General Tomas Oduya seized power in March. The general public was not consulted."
    )
    assert "general" not in spans(doc)


@pytest.mark.model
def test_him_is_the_person_described_not_the_possessor(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Anna Lind spoke on Monday to President Pavel Ruiz, Tomas Oduya's closest ally, and "
        "asked him to restrain the army."
    )
    him = next(m for m in doc._.mentions if doc[m.start].lower_ == "him")
    assert him.actor_id == "person:pavel-ruiz"


@pytest.mark.model
def test_him_is_still_the_possessor_when_nobody_else_fits(actor_nlp: Language) -> None:
    doc = actor_nlp("Reporters reached Tomas Oduya's office and asked him about the talks.")
    him = next(m for m in doc._.mentions if doc[m.start].lower_ == "him")
    assert him.actor_id == "person:tomas-oduya"


@pytest.mark.model
def test_cairo_acting_is_egypt(actor_nlp: Language) -> None:
    doc = actor_nlp("Egypt and Sudan share the river. Cairo sent engineers to Khartoum on Monday.")
    assert spans(doc).get("Cairo") == "country:EGY"


@pytest.mark.model
def test_his_state_counterpart_is_that_states_person(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "President Ivan Petrenko of Ukraine and President Tomas Oduya of Kenya met on Monday. "
        "Petrenko hosted his Kenyan counterpart for three hours of talks."
    )
    assert spans(doc).get("Kenyan counterpart") == "person:tomas-oduya"


@pytest.mark.model
def test_a_counterpart_with_no_state_or_owner_describes_nobody(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "President Ivan Petrenko of Ukraine and President Tomas Oduya of Kenya met on Monday. "
        "Petrenko hosted his counterpart, and the Kenyan counterpart of the agency spoke."
    )
    found = spans(doc)
    assert "counterpart" not in found
    assert found.get("Kenyan counterpart") != "person:tomas-oduya"  # the state's, at most
