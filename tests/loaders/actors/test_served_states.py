"""The state a person serves, not the state a post deals with or a place the post is in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


def _country(nlp: Language, text: str, ident: str) -> str | None:
    country: str | None = nlp(text)._.actors[ident].country
    return country


@pytest.mark.model
def test_a_post_in_a_states_ministry_serves_that_state(actor_nlp: Language) -> None:
    text = "Jane Mwangi, a principal secretary in Kenya's foreign ministry, met the delegation."
    assert _country(actor_nlp, text, "person:jane-mwangi") == "KEN"
    place = "Peter Olsen, an aid worker in Syria's north, was detained by rebels."
    assert _country(actor_nlp, place, "person:peter-olsen") is None


@pytest.mark.model
def test_an_envoy_for_a_state_is_the_senders(actor_nlp: Language) -> None:
    text = "Talks joined Iran's negotiator Ali Rezaei and U.S. special envoy for Iran Tom Baker."
    assert _country(actor_nlp, text, "person:tom-baker") == "USA"
    owned = "In June, Trump's Ukraine envoy Dan Miller became the first official to visit."
    assert _country(actor_nlp, owned, "person:dan-miller") is None
    plain = "U.S. envoy Tom Baker arrived in Paris on Monday."
    assert _country(actor_nlp, plain, "person:tom-baker") == "USA"


@pytest.mark.model
def test_a_demonym_description_after_the_name_gives_the_nationality(
    actor_nlp: Language,
) -> None:
    text = "Tom Reed, an Australian economist who advised the minister, is still held."
    assert _country(actor_nlp, text, "person:tom-reed") == "AUS"
    dual = "Maria Lopez, an Iranian-American scholar, was detained in Tehran."
    assert _country(actor_nlp, dual, "person:maria-lopez") is None
    place = "Paul Grant, a Russian speaker from Riga, attended the hearing."
    assert _country(actor_nlp, place, "person:paul-grant") is None


@pytest.mark.model
def test_a_secretary_of_a_states_own_security_council_serves_that_state(
    actor_nlp: Language,
) -> None:
    text = "A truce was announced by Ruben Avakyan, the secretary of Armenia's Security Council."
    doc = actor_nlp(text)
    assert doc._.actors["person:ruben-avakyan"].country == "ARM"
    assert "organization:un-security-council" not in doc._.actors
    un = "The ceasefire was welcomed by Ruben Avakyan, who chairs the UN Security Council."
    assert _country(actor_nlp, un, "person:ruben-avakyan") is None


@pytest.mark.model
def test_an_officer_of_a_state_agency_serves_its_state(actor_nlp: Language) -> None:
    text = "CIA Director Mark Fell flew to Cairo on Monday to meet Egyptian officials."
    assert _country(actor_nlp, text, "person:mark-fell") == "USA"
    guards = "Revolutionary Guards commander Ali Jafar warned the ships on Sunday."
    assert _country(actor_nlp, guards, "person:ali-jafar") == "IRN"
    armed = "Taliban commander Abdul Wali said the fighters had left the town."
    assert _country(actor_nlp, armed, "person:abdul-wali") is None
