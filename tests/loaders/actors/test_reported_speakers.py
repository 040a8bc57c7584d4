"""Pronouns of reported speech: a second "that" clause is still the speaker's, the one who
says a quote is nobody named inside it, a "who" clause's head is not its own object, and a
person listed with "I" is no singular pronoun's antecedent."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.actors.conftest import pronouns

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def test_a_second_that_clause_is_the_speakers(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Hungarian President Janos Kover said on Friday that Austrian Chancellor Franz Lindner "
        "had broken his word and that he would not invite him to Budapest.",
    )
    assert ("he", "kover") in found
    assert ("him", "lindner") in found


def test_a_second_clause_without_its_own_that_keeps_the_nearer_subject(
    actor_nlp: Language,
) -> None:
    found = pronouns(
        actor_nlp,
        "Hungarian President Janos Kover said on Friday that Austrian Chancellor Franz Lindner "
        "had arrived late and he left early.",
    )
    assert ("he", "kover") not in found


def test_who_says_a_quote_is_nobody_named_in_it(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        'Danish Prime Minister Erik Holm spoke after the strike. "The border is closed. Ivan '
        'Petrenko started this," he said, announcing new measures.',
    )
    assert ("he", "petrenko") not in found
    assert ("he", "holm") in found


def test_a_speaker_after_a_quote_naming_nobody_else_still_resolves(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        'Danish Prime Minister Erik Holm spoke after the strike. "The border is closed," he said.',
    )
    assert ("he", "holm") in found


def test_the_head_of_a_who_clause_is_not_its_object(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        "Chilean Foreign Minister Ana Rojas arrived in Lima on Monday. She was welcomed by "
        "President Rosa Vidal, who thanked her for the visit.",
    )
    assert ("her", "rojas") in found
    assert ("her", "vidal") not in found


def test_a_person_listed_with_i_is_not_the_next_she(actor_nlp: Language) -> None:
    found = pronouns(
        actor_nlp,
        'Finance Minister Ana Rojas spoke in Lima. "We differ on taxes," Rojas told '
        'reporters. "But President Carlos Vidal and I agree on the budget."\n\nLater she '
        "flew to Quito.",
    )
    assert ("she", "rojas") in found
    assert ("she", "vidal") not in found
