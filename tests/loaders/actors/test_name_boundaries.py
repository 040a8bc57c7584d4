"""Names the NER cuts short or glues to the word before (body_continuations.py, names.py): a
body's name going on after its "of"/"for", and a nationality opening a person's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def _names(nlp: Language, text: str) -> set[str]:
    return {a.name for a in nlp(text)._.actors.values()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Supreme Court of the self-declared Luhansk People's Republic jailed the two "
            "soldiers.",
            "Supreme Court of the self-declared Luhansk People's Republic",
        ),
        (
            "The six were held after a raid by the police and the State Agency for National "
            "Security last week.",
            "State Agency for National Security",
        ),
        (
            "Beijing punished two groups, the Lotus Foundation and the Council of Asian "
            "Liberals and Democrats.",
            "Council of Asian Liberals and Democrats",
        ),
    ],
)
def test_body_name_goes_on_after_its_link(actor_nlp: Language, text: str, name: str) -> None:
    assert name in _names(actor_nlp, text)


def test_state_after_the_link_stays_a_state(actor_nlp: Language) -> None:
    """ "the Supreme Court of Ukraine": the court, and Ukraine as the state it is."""
    names = _names(actor_nlp, "The Supreme Court of Ukraine jailed the two soldiers.")
    assert {"Supreme Court", "Ukraine"} <= names


@pytest.mark.parametrize(
    ("text", "person", "glued"),
    [
        (
            "Those convicted included Moroccan Brahim Saadi, who fought for Kyiv.",
            "Brahim Saadi",
            "Moroccan Brahim Saadi",
        ),
        (
            "The group included Britons Ryan Cole and Dean Foster, both volunteers.",
            "Ryan Cole",
            "Britons Ryan Cole",
        ),
        (
            "Separatist fighters seized Briton Thomas Greaves at a checkpoint last spring.",
            "Thomas Greaves",
            "Briton Thomas Greaves",
        ),
    ],
)
def test_nationality_is_no_part_of_the_name(
    actor_nlp: Language, text: str, person: str, glued: str
) -> None:
    names = _names(actor_nlp, text)
    assert person in names
    assert glued not in names


def test_body_word_keeps_a_national_company_whole(actor_nlp: Language) -> None:
    """ "Russian Railways Holding": a company, no person called "Railways Holding"."""
    names = _names(actor_nlp, "Russian Railways Holding signed a deal with Kazakhstan.")
    assert "Railways Holding" not in names


def test_national_body_without_a_persons_sign_stays_a_body(actor_nlp: Language) -> None:
    """ "Turkish Red Crescent said": nothing shows a person, so no "Red Crescent" is one."""
    names = _names(actor_nlp, "Turkish Red Crescent said it sent aid.")
    assert "Red Crescent" not in names
    assert "Turkish Red Crescent" in names
