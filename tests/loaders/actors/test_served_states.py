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
