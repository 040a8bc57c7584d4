"""Plural descriptions of a pair: one Mention per member over the same span (how="group")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model


def groups(doc: Doc) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for m in doc._.mentions:
        if m.how == "group":
            found.setdefault(doc[m.start : m.end].text, []).append(m.actor_id)
    return found


def test_two_leaders_are_both_people_named_together(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Joe Biden and Justin Trudeau dined in Ottawa on Friday. Afterwards the two leaders "
        "walked along the river, and the pair took questions."
    )
    found = groups(doc)
    assert found["the two leaders"] == ["person:joe-biden", "person:justin-trudeau"]
    assert found["the pair"] == ["person:joe-biden", "person:justin-trudeau"]
    spans = {(m.start, m.end) for m in doc._.mentions if m.how == "group"}
    others = [m for m in doc._.mentions if m.how != "group"]
    assert not any(s <= m.start < e for s, e in spans for m in others)


def test_both_countries_are_the_states_named_together(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Chile and Peru settled their fishing dispute on Monday. Both countries agreed to "
        "share patrols."
    )
    assert groups(doc)["Both countries"] == ["country:CHL", "country:PER"]


def test_counted_office_must_fit_the_members(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Foreign Minister Ana Lopes and Foreign Minister Jan Novak met in Prague. The two "
        "presidents were not there."
    )
    assert "The two presidents" not in groups(doc)


def test_no_pair_no_group(actor_nlp: Language) -> None:
    doc = actor_nlp("Kenya hosted the summit on Monday. The two sides did not meet.")
    assert groups(doc) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade, backed by its allies Russia and China, refuses to recognise Kosovo. NATO "
        "urged both sides to show restraint.",
        "Serbia, with partners such as Russia and China, refuses to recognise Kosovo. NATO "
        "urged both sides to show restraint.",
    ],
)
def test_one_sides_allies_are_not_both_sides(actor_nlp: Language, text: str) -> None:
    assert "both sides" not in groups(actor_nlp(text))


def test_allies_may_still_be_both_countries(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Belgrade, backed by its allies Russia and China, refuses to recognise Kosovo. Both "
        "countries have vetoed its membership."
    )
    assert groups(doc)["Both countries"] == ["country:RUS", "country:CHN"]


def test_two_titled_subjects_the_parser_left_apart_are_a_pair(actor_nlp: Language) -> None:
    # the parser makes both names subjects of "met", the second no conjunct of the first
    doc = actor_nlp(
        "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha "
        "on Tuesday. In remarks published by the Qatari side, the two leaders agreed on a "
        "border commission."
    )
    assert groups(doc)["the two leaders"] == ["person:felix-tshisekedi", "person:paul-kagame"]
