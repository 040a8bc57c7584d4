"""A prisoner serving a term "after being convicted of" a crime, who denies the charge: the
jailer accused them (derive._charged) and they reject the jailer; a "he" inside the phrase of
a person a "who" clause describes is that person (coref._who_described). Sentences of our own
wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples
from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Gershkovich is serving a 12-year sentence in Russia after being convicted of spying.",
        "Gershkovich is serving a long term in Russia after being convicted of espionage in 2021.",
        "Gershkovich has been held in Russia since 2019 after being charged with espionage.",
    ],
)
def test_a_term_served_after_a_conviction_is_the_jailers_accusation(
    read: Reader, text: str
) -> None:
    assert ("Russia", "ACCUSED", "Evan Gershkovich") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gershkovich is serving a 12-year sentence in Russia after his arrest in Moscow.",
        "Gershkovich returned home after being convicted of spying in Russia.",
        "Gershkovich is serving a 12-year sentence in Russia after being cleared of spying.",
    ],
)
def test_no_conviction_or_no_custody_is_no_accusation(read: Reader, text: str) -> None:
    assert ("Russia", "ACCUSED", "Evan Gershkovich") not in triples(read(text))


def test_the_charge_denied_by_him_and_his_government(read: Reader) -> None:
    found = triples(
        read(
            "Gershkovich is serving a 12-year sentence in Russia after being convicted of "
            "spying, a charge he and the U.S. government reject."
        )
    )
    assert ("Evan Gershkovich", "REJECTED", "Russia") in found
    assert ("United States", "REJECTED", "Russia") in found


def test_a_charge_not_denied_is_no_rejection(read: Reader) -> None:
    found = triples(
        read(
            "Gershkovich is serving a 12-year sentence in Russia after being convicted of "
            "spying, a charge he does not deny."
        )
    )
    assert ("Evan Gershkovich", "REJECTED", "Russia") not in found


def test_he_in_the_phrase_of_a_person_a_who_clause_describes(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "U.S. President Joe Biden received the family in the Oval Office on Monday. The swap "
        "left out Paul Dorn, a former Marine, who is serving a 12-year sentence in Russia after "
        "being convicted of spying, a charge he denies.",
    )
    assert ("Paul Dorn", "REJECTED", "Russia") in found
    assert ("Joe Biden", "REJECTED", "Russia") not in found


def test_he_after_the_sentence_still_goes_to_the_main_subject(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "U.S. President Joe Biden met the family of Paul Dorn, who is held in Russia, on Monday. "
        "He urged Russia to release the Marine.",
    )
    assert ("Joe Biden", "URGED", "Russia") in found
    assert ("Paul Dorn", "URGED", "Russia") not in found
