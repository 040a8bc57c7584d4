"""A person named as the post of "its"/"his"/"her" takes the one state its owner has."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


def _country(nlp: Language, text: str, ident: str) -> str | None:
    return nlp(text)._.actors[ident].country


@pytest.mark.model
def test_a_state_recalls_its_ambassador(actor_nlp: Language) -> None:
    text = "Rabat recalled its ambassador, Karima Benali, for consultations on Tuesday."
    assert _country(actor_nlp, text, "person:karima-benali") == "MAR"


@pytest.mark.model
def test_the_deputy_of_a_person_of_known_state(actor_nlp: Language) -> None:
    text = "Sanctions were imposed on Min Aung Hlaing and his deputy Soe Win on Monday."
    assert _country(actor_nlp, text, "person:soe-win") == "MMR"


@pytest.mark.model
def test_two_states_before_its_leave_the_post_unread(actor_nlp: Language) -> None:
    text = (
        "The United States charged Brazil's largest bank and its chief financial officer, "
        "Paula Lins, with fraud."
    )
    assert _country(actor_nlp, text, "person:paula-lins") is None


@pytest.mark.model
def test_two_people_of_different_states_before_his(actor_nlp: Language) -> None:
    text = (
        "Vladimir Putin hosted Iranian President Ebrahim Raisi, and his foreign policy aide "
        "Omid Karimi joined the talks."
    )
    assert _country(actor_nlp, text, "person:omid-karimi") is None


@pytest.mark.model
def test_a_speaker_closing_a_quote(actor_nlp: Language) -> None:
    text = (
        "The talks with President Emmanuel Macron of France were useful, his spokesman "
        "Pavel Orlov told reporters."
    )
    assert _country(actor_nlp, text, "person:pavel-orlov") is None


@pytest.mark.model
def test_family_is_no_post(actor_nlp: Language) -> None:
    text = "Kim Jong Un was accompanied by his sister, Kim Yo Jong, at the parade."
    assert _country(actor_nlp, text, "person:kim-yo-jong") is None


@pytest.mark.model
def test_an_organization_named_before_its(actor_nlp: Language) -> None:
    text = "Hamas said in Cairo that its chief negotiator, Khalil Haddad, had left Egypt."
    assert _country(actor_nlp, text, "person:khalil-haddad") is None
