"""Bodies whose name closes on a document word ("Government of National Accord") and the
delegations and forces a body sends, which stand for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

from tests.loaders.actors.conftest import spans

pytestmark = pytest.mark.model


def _orgs(doc: object) -> set[str]:
    return {a.name for a in doc._.actors.values() if a.kind == "ORGANIZATION"}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rebels accused the Government of the Unity Accord of shelling the port.",
            "Government of the Unity Accord",
        ),
        (
            "The National Movement for the Peace Agreement rejected the draft constitution.",
            "National Movement for the Peace Agreement",
        ),
        (
            "Police detained two leaders of the Party of the Democratic Accord in Ruvia.",
            "Party of the Democratic Accord",
        ),
        (
            "The Council for the Charter of Freedoms condemned the arrests.",
            "Council for the Charter of Freedoms",
        ),
    ],
)
def test_a_body_noun_heads_a_name_that_closes_on_a_document_word(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert name in _orgs(actor_nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "Both states signed the Treaty of Friendship and Cooperation on Monday.",
        "Canada hailed the Paris Agreement as a turning point.",
        "Israel and the PLO signed the Declaration of Principles in Washington.",
        "The Plan of Action for the region was adopted by Japan.",
    ],
)
def test_a_document_headed_by_its_own_word_stays_no_body(actor_nlp: Language, text: str) -> None:
    names = _orgs(actor_nlp(text))
    assert not any(w in n for n in names for w in ("Treaty", "Agreement", "Declaration", "Plan"))


def test_a_delegation_of_a_defined_body_is_that_body(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The truce was signed by the delegations of the Government of the Unity Accord (GUA) "
        "in Geneva. GUA forces backed by Zandia had pushed the rebels back."
    )
    found = spans(doc)
    ident = found["Government of the Unity Accord"]
    assert found["GUA"] == ident


def test_forces_of_a_body_are_that_body(actor_nlp: Language) -> None:
    doc = actor_nlp("Troops of the Revolutionary Front for Democracy shelled the airport.")
    assert "Revolutionary Front for Democracy" in _orgs(doc)


def test_a_body_named_only_as_a_place_is_no_actor(actor_nlp: Language) -> None:
    doc = actor_nlp("The talks took place at the Revolutionary Front for Democracy.")
    assert "Revolutionary Front for Democracy" not in _orgs(doc)


def test_a_delegation_to_a_meeting_names_no_body(actor_nlp: Language) -> None:
    doc = actor_nlp("Delegations of the Geneva Conference on Disarmament Treaty met on Friday.")
    assert "Geneva Conference on Disarmament Treaty" not in _orgs(doc)
