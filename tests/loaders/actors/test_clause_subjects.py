"""Pronouns read from the clauses around them (clause_subjects.py): the subject of a verb
above the pronoun goes on, not a person inside a reported clause; a relative clause's head is
not its own subject; a member of a listed subject is not a singular pronoun's antecedent."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.actors.conftest import pronouns

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def test_a_clause_joined_to_the_saying_verb_is_the_speakers(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "French President Emmanuel Macron said the researcher Anna Keller was still being "
        "held, and he called on the authorities to release her.",
    )
    assert found == [("he", "macron"), ("her", "keller")]


def test_a_subject_inside_the_reported_clause_keeps_its_own_clause(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Spanish Prime Minister Pedro Sanchez said King Felipe had approved the plan after he "
        "met the cabinet.",
    )
    assert found == [("he", "vi")]  # King Felipe, known to the office-holder table as Felipe VI


def test_told_keeps_the_one_who_told(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Turkish President Tayyip Erdogan told Russian President Vladimir Putin that he was "
        "ready to host talks.",
    )
    assert found == [("he", "erdogan")]


def test_whom_he_called_is_not_the_one_called(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Former Russian president Dmitry Medvedev wrote that U.S. President Donald Trump, whom "
        "he called a reckless man, had chosen war.",
    )
    assert found == [("he", "medvedev")]


def test_who_clause_goes_on_about_its_head(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Italian Cardinal Matteo Zuppi's trip followed a tour by Chinese envoy Li Hui, who "
        "visited Kyiv and then went to Moscow, where he met Russian Foreign Minister Sergei "
        "Lavrov.",
    )
    assert found == [("he", "hui")]


def test_an_owner_of_the_subject_goes_on(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "U.S. President Donald Trump's visit came hours after he had berated Iran.",
    )
    assert found == [("he", "trump")]


def test_a_listed_subject_does_not_carry_a_singular_pronoun(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "U.S. President Joe Biden held talks with Ukrainian officials. Secretary of State Antony "
        "Blinken and Defence Secretary Lloyd Austin joined the meeting. He then met Polish "
        "President Andrzej Duda.",
    )
    assert found == [("He", "biden")]


def test_a_who_clause_on_the_subject_lists_no_subjects(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Kenyan President William Ruto, who welcomed King Charles and Queen Camilla earlier, "
        "called the response monstrous. He praised the king for his courage.",
    )
    assert found[0] == ("He", "ruto")


def test_the_subject_is_not_the_object_of_its_own_verb(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris. "
        "He thanked him for the support.",
    )
    assert found == [("He", "zelensky"), ("him", "macron")]


def test_a_pronoun_in_the_who_clause_itself_is_someone_else(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Jailed reporter Evan Gershkovich was freed on Monday. He thanked U.S. Secretary of "
        "State Antony Blinken, who had pressed for his release.",
    )
    assert found == [("He", "gershkovich"), ("his", "gershkovich")]
