"""The edges of a person's name: which words before it are the post, which inside it only look
like a post, a state or a product. "Republican Senators Jo Hale and Al Dunn" names Jo Hale, not
"Senators Jo Hale"; "Michael White" is a man, while "the White House" is still the seat."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.actors.conftest import spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model


def people(doc: Doc) -> set[str]:
    return {a.name for a in doc._.actors.values() if a.kind.value == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beijing barred Republican Senators Tom Harlan and Ruth Beck from entry.", "Tom Harlan"),
        ("The list named Representatives Gail Porter and Ian Reyes of Ohio.", "Gail Porter"),
        ("Hong Kong's Chief Executive Mary Chan met the envoy on Monday.", "Mary Chan"),
        ("Field Marshal Oleg Varin inspected the troops near the border.", "Oleg Varin"),
        ("Marshal Oleg Varin inspected the troops near the border.", "Oleg Varin"),
        ("Taliban commander Mullah Abdul Karim met the Qatari mediators.", "Abdul Karim"),
        ("Two Democratic Congressmen Rob Elmore and Dan Vick wrote to Kyiv.", "Rob Elmore"),
    ],
)
def test_post_words_before_a_name_are_no_part_of_it(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert name in people(actor_nlp(text))


def test_plural_title_leaves_both_listed_names_clean(actor_nlp: Language) -> None:
    doc = actor_nlp("Moscow banned Senators Tom Harlan and Ruth Beck from visiting Russia.")
    assert {"Tom Harlan", "Ruth Beck"} <= people(doc)
    assert not any(n.startswith("Senators") for n in people(doc))


def test_surname_that_is_a_title_word_ends_a_name(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Tehran released Daniel White, a former sailor, on Friday. White, 52, flew to Oman. "
        "The White House thanked Muscat."
    )
    ids = spans(doc)
    assert ids["Daniel White"] == "person:daniel-white"
    assert ids["White"] == "person:daniel-white"
    assert ids["White House"] == "country:USA"


def test_former_premier_named_major_is_a_person(actor_nlp: Language) -> None:
    doc = actor_nlp("Former Prime Minister Colin Major criticised the sanctions in London.")
    assert "Colin Major" in people(doc)


def test_title_word_alone_after_a_name_is_no_surname(actor_nlp: Language) -> None:
    """ "Major General" opens a rank, and "White Paper" is a document: no people there."""
    doc = actor_nlp("Kyiv published a Defence White Paper. Major General Ivan Petrenko spoke.")
    assert people(doc) == {"Ivan Petrenko"}


def test_state_name_as_given_name_after_a_post(actor_nlp: Language) -> None:
    doc = actor_nlp("Foreign Minister Israel Katz said Israel would answer Iran.")
    ids = spans(doc)
    assert "Israel Katz" in people(doc)
    assert ids["Israel"] == "country:ISR"  # the second "Israel" is still the state


def test_state_before_a_post_stays_the_state(actor_nlp: Language) -> None:
    """ "Israel's Foreign Minister" and "Jordan Foreign Minister Ayman Safadi": the state stays."""
    doc = actor_nlp("Jordan Foreign Minister Ayman Safadi met Israel Defence Minister Benny Gantz.")
    assert people(doc) == {"Ayman Safadi", "Benny Gantz"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks were led by Deputy Secretary of State Nora Quill.", "Nora Quill"),
        ("Britain sent Minister of State Hugh Varley to Amman.", "Hugh Varley"),
        ("Assistant Secretary of State Celeste Dunmore flew to Baku.", "Celeste Dunmore"),
    ],
)
def test_name_after_secretary_of_state(actor_nlp: Language, text: str, name: str) -> None:
    assert name in people(actor_nlp(text))


def test_state_department_is_no_person(actor_nlp: Language) -> None:
    doc = actor_nlp("A State Department spokesman said the Secretary of State's trip was off.")
    assert people(doc) == set()


def test_apostrophe_inside_a_name(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Tongan Prime Minister Siaosi Ma'afu Tonga, who hosted Wang in Nuku'alofa, spoke."
    )
    assert any(n.startswith("Siaosi") and "Ma'afu" in n for n in people(doc))
