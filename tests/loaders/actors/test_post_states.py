"""A person named by a state post alone takes the state the article makes clear."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


def _country(nlp: Language, text: str, ident: str) -> str | None:
    return nlp(text)._.actors[ident].country


@pytest.mark.model
def test_state_word_inside_the_body_name_before_the_post(actor_nlp: Language) -> None:
    text = (
        "The talks stalled on Friday, and Russian Foreign Ministry spokeswoman Olga Petrova "
        "said Moscow would answer the new measures."
    )
    assert _country(actor_nlp, text, "person:olga-petrova") == "RUS"


@pytest.mark.model
def test_the_capital_the_sentence_opens_in(actor_nlp: Language) -> None:
    text = (
        "Canada expelled two diplomats on Monday. In Tehran, foreign ministry spokesman "
        "Reza Tavakoli called the step hostile."
    )
    assert _country(actor_nlp, text, "person:reza-tavakoli") == "IRN"


@pytest.mark.model
def test_a_briefing_in_the_capital(actor_nlp: Language) -> None:
    text = (
        "Japan asked for an explanation. Foreign ministry spokesman Liu Ming told a regular "
        "briefing in Beijing that the request had no basis."
    )
    assert _country(actor_nlp, text, "person:liu-ming") == "CHN"


@pytest.mark.model
def test_no_state_when_the_cues_are_missing_or_split(actor_nlp: Language) -> None:
    # a meeting held in a capital puts no one's minister there
    text = "France backed the plan. Foreign Minister Ana Lopez met her counterpart in Moscow."
    assert _country(actor_nlp, text, "person:ana-lopez") is None
    # another state's ministry named elsewhere says nothing of whose spokesman this is
    text = (
        "India's foreign ministry regretted the move. Foreign ministry spokesman Liu Ming "
        "said the claims were false."
    )
    assert _country(actor_nlp, text, "person:liu-ming") is None


@pytest.mark.model
def test_a_post_only_one_state_has_gives_that_state(actor_nlp: Language) -> None:
    text = "Treasury Secretary Jane Holt said the new sanctions would bite."
    assert actor_nlp(text)._.actors["person:jane-holt"].country == "USA"
    shared = "Commerce Secretary Ravi Das met exporters in Mumbai on Friday."
    assert actor_nlp(shared)._.actors["person:ravi-das"].country is None


@pytest.mark.model
def test_a_state_word_opening_the_body_of_any_post(actor_nlp: Language) -> None:
    text = "Beijing protested a visit by U.S. House Speaker Mary Collins to Manila on Friday."
    assert _country(actor_nlp, text, "person:mary-collins") == "USA"


@pytest.mark.model
def test_the_state_whose_reaction_the_spokesman_carries_on(actor_nlp: Language) -> None:
    text = (
        "Ottawa closed the mission last week. Beijing rejected the charges on Tuesday. "
        "Foreign ministry spokesman Chen Hao said the move was a grave mistake."
    )
    assert _country(actor_nlp, text, "person:chen-hao") == "CHN"
    text = (
        "Tehran denied any role in the attack. Foreign ministry spokesman Ali Karimi told "
        "reporters the accusations were baseless."
    )
    assert _country(actor_nlp, text, "person:ali-karimi") == "IRN"


@pytest.mark.model
def test_no_state_from_a_sentence_before_that_names_two(actor_nlp: Language) -> None:
    # the spokesman may speak for either side
    text = (
        "Moscow expelled two Polish diplomats on Monday. Foreign ministry spokesman "
        "Adam Nowak said the step was unjustified."
    )
    assert _country(actor_nlp, text, "person:adam-nowak") is None


@pytest.mark.model
def test_an_opening_phrase_before_the_post_and_a_dismissal(actor_nlp: Language) -> None:
    text = (
        "Moscow has denied the report. Asked about it on Friday, foreign ministry spokesman "
        "Igor Lebedev dismissed the claims as fiction."
    )
    assert _country(actor_nlp, text, "person:igor-lebedev") == "RUS"
