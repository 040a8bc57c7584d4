"""Names the small NER mistags or wraps: after a dateline's dash, after a descriptor, and the
short forms (family name first, honorifics) that must stay one person."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from tests.loaders.actors.conftest import spans

pytestmark = pytest.mark.model


def people(doc: Doc) -> dict[str, str]:
    return {a.name: a.id for a in doc._.actors.values() if a.kind.value == "PERSON"}


def test_name_right_after_a_dateline_dash_is_a_person(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "TOKYO, May 2 - Kenji Sato, a Japanese engineer, was detained by Chinese police on Tuesday."
    )
    assert people(doc) == {"Kenji Sato": "person:kenji-sato"}
    assert spans(doc)["Kenji Sato"] == "person:kenji-sato"
    assert not any("May" in name for name in people(doc))
    untagged = actor_nlp("DUBAI, Aug 30 - Ali Rezaei, an Iranian scholar, was released.")
    assert people(untagged) == {"Ali Rezaei": "person:ali-rezaei"}


def test_name_after_a_descriptor_is_a_person_without_the_descriptor(
    actor_nlp: Language,
) -> None:
    doc = actor_nlp("Russia released the convicted assassin Vadim Krasikov in the swap.")
    assert people(doc) == {"Vadim Krasikov": "person:vadim-krasikov"}
    assert "organization:vadim-krasikov" not in doc._.actors
    assert spans(doc)["Vadim Krasikov"] == "person:vadim-krasikov"


def test_family_name_first_then_honorific_and_bare_is_one_person(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Cheng Lei, an Australian anchor, returned home. Chinese authorities had held Ms Cheng "
        "for three years. Cheng thanked Canberra."
    )
    assert people(doc) == {"Cheng Lei": "person:cheng-lei"}
    assert spans(doc)["Ms Cheng"] == "person:cheng-lei"
    assert spans(doc)["Cheng"] == "person:cheng-lei"


def test_honorific_the_ner_left_out_joins_the_surname(actor_nlp: Language) -> None:
    doc = actor_nlp("The minister Anthony Albanese spoke. Later Mr Albanese welcomed the news.")
    assert people(doc) == {"Anthony Albanese": "person:anthony-albanese"}
    assert spans(doc)["Mr Albanese"] == "person:anthony-albanese"
    assert "Mr Albanese" in doc._.actors["person:anthony-albanese"].aliases


def test_name_after_an_age_is_a_person_and_its_first_word_refers_back(
    actor_nlp: Language,
) -> None:
    doc = actor_nlp(
        "The captives, among them 6-year-old Tal Orgad and 80-year-old Ruth Benami, were freed. "
        "Tal was held in a tunnel."
    )
    assert people(doc) == {"Tal Orgad": "person:tal-orgad", "Ruth Benami": "person:ruth-benami"}
    assert not [a for a in doc._.actors if a.startswith("organization:")]
    assert [m.actor_id for m in doc._.mentions if doc[m.start : m.end].text == "Tal"] == [
        "person:tal-orgad"
    ]


def test_a_family_name_two_people_begin_with_makes_no_third_person(actor_nlp: Language) -> None:
    doc = actor_nlp("Wang Yi met Wang Wenbin in Beijing. Mr Wang said ties were good.")
    assert people(doc) == {"Wang Yi": "person:wang-yi", "Wang Wenbin": "person:wang-wenbin"}
    assert "Mr Wang" not in spans(doc)


def test_a_family_name_may_come_before_the_full_name(actor_nlp: Language) -> None:
    doc = actor_nlp("Xi arrived in Moscow on Monday. Chinese President Xi Jinping met Putin.")
    assert [n for n in people(doc) if n.startswith("Xi")] == ["Xi Jinping"]
    assert spans(doc)["Xi"] == "person:xi-jinping"


def test_bare_double_barrelled_surname_is_the_person_named_before(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Iran arrested the academic Anna Hale-Morrow at Tehran airport last year. "
        "Hale-Morrow was freed on Monday and flew home."
    )
    assert people(doc) == {"Anna Hale-Morrow": "person:anna-hale-morrow"}
    assert spans(doc)["Hale-Morrow"] == "person:anna-hale-morrow"
    assert not any(a.name == "Hale-Morrow" for a in doc._.actors.values())


def test_hyphen_joined_names_of_two_people_stay_two_people(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. "
        "The Putin-Xi talks lasted four hours, and Putin said they were useful."
    )
    assert set(people(doc)) == {"Vladimir Putin", "Xi Jinping"}
    assert spans(doc)["Putin"] == "person:vladimir-putin"
