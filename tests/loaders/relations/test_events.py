"""Events implied by relations: one per happening, with participants, place and date."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from schema.ontology import EventType, ParticipantRole

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_meeting_reported_twice_is_one_event(read: Reader) -> None:
    doc = read(
        "Blinken held talks with Lavrov in Geneva on Monday. Lavrov and Blinken met for two hours."
    )
    meetings = [e for e in doc._.events if e.type is EventType.MEETING]
    assert len(meetings) == 1
    assert set(meetings[0].participant_ids) == {"person:antony-blinken", "person:sergey-lavrov"}


def test_meeting_place_and_co_participants(read: Reader) -> None:
    doc = read("Stoltenberg met Blinken and Zelensky in Geneva.")
    [meeting] = [e for e in doc._.events if e.type is EventType.MEETING]
    assert len(meeting.participant_ids) == 3
    assert meeting.place == "Geneva"


def _roles(doc: Doc, etype: EventType) -> dict[str, ParticipantRole]:
    [event] = [e for e in doc._.events if e.type is etype]
    return dict(event.roles)


def test_a_visit_knows_its_visitor_from_its_host(read: Reader) -> None:
    roles = _roles(read("Lavrov flew to Cairo on Sunday."), EventType.VISIT)
    assert roles == {
        "person:sergey-lavrov": ParticipantRole.VISITOR,
        "country:EGY": ParticipantRole.HOST,
    }


def test_a_passive_detention_names_the_captor_not_the_prisoner(read: Reader) -> None:
    roles = _roles(read("Gershkovich was arrested by the FSB in March."), EventType.DETENTION)
    assert roles == {
        "organization:fsb": ParticipantRole.CAPTOR,
        "person:evan-gershkovich": ParticipantRole.DETAINEE,
    }


def test_a_meeting_reported_twice_keeps_every_side_a_participant(read: Reader) -> None:
    doc = read("Blinken held talks with Lavrov on Monday. Stoltenberg joined Lavrov and Blinken.")
    roles = _roles(doc, EventType.MEETING)
    assert set(roles.values()) == {ParticipantRole.PARTICIPANT}
    assert {"person:antony-blinken", "person:sergey-lavrov"} <= set(roles)


def test_a_capital_standing_for_its_state_is_still_where_they_met(read: Reader) -> None:
    doc = read("Blinken held talks with Lavrov in Moscow.")
    [meeting] = [e for e in doc._.events if e.type is EventType.MEETING]
    assert meeting.place == "Moscow"
    for text in ("Blinken held talks with Lavrov in Russia.", "Blinken met Lavrov in Hungary."):
        [meeting] = [e for e in read(text)._.events if e.type is EventType.MEETING]
        assert meeting.place is None  # a state is no place, named as an actor or not


def test_support_implies_no_event(read: Reader) -> None:
    doc = read("Zelensky thanked Biden.")
    assert doc._.relations and doc._.events == []


def test_missing_parse_is_a_clear_error() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("diplograph_relations_v1")
    with pytest.raises(ValueError, match="dependency parse"):
        nlp("Blinken met Lavrov.")


def test_missing_actor_stage_is_a_clear_error(nlp: Language) -> None:
    doc = nlp.make_doc("Blinken met Lavrov.")
    for _name, proc in nlp.pipeline[:-1]:
        doc = proc(doc)
    doc._.mentions = None
    with pytest.raises(ValueError, match=r"doc\._\.mentions"):
        nlp.pipeline[-1][1](doc)
