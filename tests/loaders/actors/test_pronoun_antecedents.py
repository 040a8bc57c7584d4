"""Whom "he", "she", "him" and "his" stand for: the person the sentence before is
about (its main subject, not a subject reported inside it), one person is not both "she" and
"him" in one sentence, and a speaker does not speak of himself in the third person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


def test_the_speaker_goes_on_not_the_one_reported(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "U.S. Secretary of State Antony Blinken said Russian Foreign Minister Sergei Lavrov had "
        "repeated that Russia had no plans to attack. He urged Moscow to pull back its troops.",
    )
    assert ("Antony Blinken", "URGED", "Russia") in found
    assert ("Sergei Lavrov", "URGED", "Russia") not in found


def test_the_one_person_a_sentence_names_is_who_it_is_about(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Russian Foreign Minister Sergei Lavrov said the talks had been useful. The summit "
        "capped a week of travel for German Chancellor Olaf Scholz. On Monday he was in Kyiv, "
        "where he met Ukrainian President Volodymyr Zelensky.",
    )
    assert met(found, "Olaf Scholz", "Volodymyr Zelensky")
    assert not met(found, "Sergei Lavrov", "Volodymyr Zelensky")


def test_a_main_subject_still_wins_over_the_one_it_spoke_to(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "French President Emmanuel Macron spoke with Russian President Vladimir Putin by phone "
        "on Sunday. He urged Russia to withdraw its forces.",
    )
    assert ("Emmanuel Macron", "URGED", "Russia") in found


def test_she_is_not_him(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing. "
        "Wong said she had raised the case of detained writer Yang Hengjun. She urged China to "
        "release him.",
    )
    assert ("Penny Wong", "URGED", "China") in found
    assert ("China", "DETAINED", "Penny Wong") not in found


def test_a_quoted_she_is_not_the_speaker(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Brittney Griner was freed by Russia on Thursday. President Joe Biden announced the "
        "release at the White House. \"She's safe, she's on her way home,\" Biden said."
    )
    pronouns = {m.actor_id for m in doc._.mentions if doc[m.start].lower_ in ("she", "her")}
    assert pronouns == {"person:brittney-griner"}


def test_him_is_who_the_sentence_before_is_about(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "American teacher Paul Brennan landed in Washington aboard a plane carrying U.S. envoy "
        "Adam Boehler, who had flown to Minsk to collect him. President Joe Biden greeted him "
        "at the White House.",
    )
    assert met(found, "Joe Biden", "Paul Brennan")
    assert not met(found, "Joe Biden", "Adam Boehler")


def test_his_in_a_main_subject_makes_him_the_centre(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Belarusian blogger Raman Pratasevich left Belarus in 2019. His channel helped to "
        "mobilise protests after the 2020 election, in which Belarusian President Alexander "
        "Lukashenko claimed a sixth term. Belarusian prosecutors charged him with organising "
        "riots.",
    )
    assert ("Belarus", "ACCUSED", "Raman Pratasevich") in found
    assert ("Belarus", "ACCUSED", "Alexander Lukashenko") not in found


def test_his_is_the_one_person_its_sentence_names(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "U.S. President Donald Trump held a call with Belarusian President Alexander Lukashenko. "
        "The European Union, which rejects Lukashenko's claim to have won, cited his "
        "government's crackdown on dissent."
    )
    his = [m.actor_id for m in doc._.mentions if doc[m.start : m.end].text == "his"]
    assert his == ["person:alexander-lukashenko"]


def test_him_is_the_possessor_its_sentence_names_not_the_last_speaker(
    extractor: Extractor,
) -> None:
    found = extracted_triples(
        extractor,
        "President Tayyip Erdogan stepped back on Monday from a threat to expel ten "
        "ambassadors. The row began on Oct. 18, the anniversary of Osman Kavala's detention, "
        "when ten embassies issued a statement urging Ankara to release him.",
    )
    assert ("Turkey", "DETAINED", "Osman Kavala") in found
    assert ("Turkey", "DETAINED", "Tayyip Erdogan") not in found


def test_who_asks_for_a_release_is_not_the_one_to_be_released(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Algerian authorities arrested novelist Boualem Sansal in November. He was sentenced "
        "in March to five years in prison, and French President Emmanuel Macron has called on "
        "the Algerian authorities to release him.",
    )
    assert ("Algeria", "DETAINED", "Emmanuel Macron") not in found
    assert ("Algeria", "DETAINED", "Boualem Sansal") in found
