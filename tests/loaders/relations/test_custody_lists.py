"""Custody of people named in lists: names interrupted by ages ("A, 24, B, 28, and C, 31"), a
release that says who held them, and the named members of a group the text says was freed or
held. Our own sentences, read by the whole extractor, negatives beside each positive."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

OKAFOR, LINDEN, MARSH = "Daniel Okafor", "Sarah Linden", "Peter Marsh"


# -- a list whose names carry ages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Anna Keller, 34, Tomas Brandt, 41, and Lena Vogt, 29, were handed over by Hezbollah "
         "to the Red Cross on Monday.", ("Hezbollah", "RELEASED", "Lena Vogt")),
        ("Anna Keller, 34, Tomas Brandt, 41, and Lena Vogt, 29, were handed over by Hezbollah "
         "to the Red Cross on Monday.", ("Hezbollah", "RELEASED", "Tomas Brandt")),
        ("Russia detained Daniel Okafor, 38, Sarah Linden, 44, and Peter Marsh, 61, in Moscow.",
         ("Russia", "DETAINED", MARSH)),
        ("Iran released Daniel Okafor, 52, and Sarah Linden, 47, on Monday.",
         ("Iran", "RELEASED", LINDEN)),
    ],
)  # fmt: skip
def test_names_with_ages_stay_one_list(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran released Daniel Okafor, 52, and Sarah Linden met him at the airport.",
         ("Iran", "RELEASED", LINDEN)),
        ("Russia did not free Daniel Okafor, 38, or Sarah Linden, 44.",
         ("Russia", "RELEASED", LINDEN)),
    ],
)  # fmt: skip
def test_an_age_does_not_join_a_new_clause_or_a_refusal(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


# -- who frees someone held them -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "person"),
    [
        ("Venezuela freed Daniel Okafor on Saturday.", "Venezuela", OKAFOR),
        ("Hamas handed over Sarah Linden to the Red Cross.", "Hamas", LINDEN),
        ("Hamas freed Daniel Okafor, 24, Sarah Linden, 28, and Peter Marsh, 31, on Sunday.",
         "Hamas", MARSH),
    ],
)  # fmt: skip
def test_a_state_or_group_that_frees_someone_held_them(
    extractor: Extractor, text: str, holder: str, person: str
) -> None:
    assert (holder, "DETAINED", person) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Joe Biden pardoned Daniel Okafor on Friday.", ("Joe Biden", "DETAINED", OKAFOR)),
        ("Iran could release Daniel Okafor if talks succeed.", ("Iran", "DETAINED", OKAFOR)),
        ("Hamas handed over Sarah Linden to the Red Cross.", ("Red Cross", "DETAINED", LINDEN)),
        ("Iran refused to release Daniel Okafor.", ("Iran", "RELEASED", OKAFOR)),
    ],
)  # fmt: skip
def test_no_holding_read_off_a_pardon_a_hope_or_a_go_between(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


# -- the named members of a freed or held group ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran freed five jailed Britons on Monday. The Britons released were aid worker Clara "
         "Holt, engineer Simon Pike and teachers Ruth Anders, Neil Shaw and Amy Cole.",
         ("Iran", "RELEASED", "Simon Pike")),
        ("Iran freed five jailed Britons on Monday. The Britons released were aid worker Clara "
         "Holt, engineer Simon Pike and teachers Ruth Anders, Neil Shaw and Amy Cole.",
         ("Iran", "DETAINED", "Amy Cole")),
        ("Egypt freed 40 political prisoners on Sunday. Among them were activists Omar Nasser "
         "and Karim Fathy, both arrested in 2019.", ("Egypt", "RELEASED", "Karim Fathy")),
        ("Cuba freed 30 political prisoners on Sunday. The prisoners landed in Miami hours "
         "later. Among them were Omar Nasser and Karim Fathy.",
         ("Cuba", "RELEASED", "Omar Nasser")),
        ("Many of those freed by Myanmar's junta, including Thant Zaw and Hla Min, had spent "
         "years in Insein prison.", ("Myanmar", "RELEASED", "Hla Min")),
        ("Iran arrested 12 protesters on Friday. Those detained included Omar Nasser and Karim "
         "Fathy.", ("Iran", "DETAINED", "Karim Fathy")),
        ("Belarus freed 18 political prisoners on Monday. Most of those freed were students. "
         "They included Omar Nasser, a blogger.", ("Belarus", "RELEASED", "Omar Nasser")),
    ],
)  # fmt: skip
def test_the_named_members_of_a_freed_group_were_freed(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a group no act of custody names
        ("The victims included Omar Nasser and Karim Fathy.", ("Omar Nasser", "RELEASED", "x")),
        ("Cuba freed 30 political prisoners on Sunday. The victims of the storm included Omar "
         "Nasser.", ("Cuba", "RELEASED", "Omar Nasser")),
        # a refusal frees nobody
        ("Russia refused to free the jailed Americans. The Americans held include Omar Nasser "
         "and Karim Fathy.", ("Russia", "RELEASED", "Omar Nasser")),
        ("Cuba did not free the prisoners. Among them were Omar Nasser and Karim Fathy.",
         ("Cuba", "RELEASED", "Karim Fathy")),
        # two jailers: whose prisoner each was is not said
        ("Omar Nasser was among 16 prisoners released by Russia and Belarus on Thursday.",
         ("Belarus", "RELEASED", "Omar Nasser")),
        # a name in a clause inside the list is no member
        ("Egypt freed 40 prisoners. They included Omar Nasser, whose lawyer Karim Fathy "
         "welcomed the move.", ("Egypt", "RELEASED", "Karim Fathy")),
    ],
)  # fmt: skip
def test_no_members_freed_without_a_freeing_of_their_group(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


# -- a group whose apposition names the people held ------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Two Britons, aid worker Clara Holt and teacher Neil Shaw, remain in Iranian custody.",
         ("Iran", "DETAINED", "Neil Shaw")),
        ("Venezuela freed Mark Denby on Friday. At least two other Americans, former soldiers "
         "Airan Berry and Luke Denman, remain in Venezuelan jails.",
         ("Venezuela", "DETAINED", "Luke Denman")),
        ("Iran freed Mark Denby on Friday. Two other Britons, Clara Holt and Neil Shaw, remain "
         "in Iranian prisons.", ("Iran", "DETAINED", "Clara Holt")),
    ],
)  # fmt: skip
def test_people_a_group_names_stay_in_its_custody(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran freed Mark Denby on Friday. Two other Britons, Clara Holt and Neil Shaw, work in "
         "Iranian prisons.", ("Iran", "DETAINED", "Clara Holt")),
        ("Two Britons, Clara Holt and Neil Shaw, could remain in Iranian custody for years.",
         ("Iran", "DETAINED", "Neil Shaw")),
        ("Two Britons, Clara Holt and Neil Shaw, were never in Iranian custody.",
         ("Iran", "DETAINED", "Neil Shaw")),
    ],
)  # fmt: skip
def test_no_custody_for_a_group_that_works_there_or_might_stay(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


# -- ", among them A" after a freed or held group --------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russia freed Mark Denby on Friday. Several other Americans remain jailed in Russia, "
         "among them Sarah Linden, a teacher serving a ten-year sentence.",
         ("Russia", "DETAINED", LINDEN)),
        ("Egypt freed 40 political prisoners on Sunday, among them Omar Nasser and Karim Fathy.",
         ("Egypt", "RELEASED", "Karim Fathy")),
    ],
)  # fmt: skip
def test_among_them_names_members_of_the_group(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russia freed Mark Denby on Friday. Several Americans visited Russia last year, among "
         "them Sarah Linden.", ("Russia", "DETAINED", LINDEN)),
        ("Egypt did not free the 40 political prisoners, among them Omar Nasser.",
         ("Egypt", "RELEASED", "Omar Nasser")),
    ],
)  # fmt: skip
def test_among_them_after_no_custody_is_nothing(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


# -- armed men loyal to someone act for them -------------------------------------------------


def test_soldiers_loyal_to_someone_detain_for_them(extractor: Extractor) -> None:
    text = (
        "Goita seized power in May 2021, when soldiers loyal to him arrested President Bah Ndaw "
        "and Prime Minister Moctar Ouane."
    )
    assert ("Goita", "DETAINED", "Moctar Ouane") in extracted_triples(extractor, text)


def test_once_loyal_soldiers_who_refuse_detain_nobody(extractor: Extractor) -> None:
    text = "Soldiers once loyal to Bah Ndaw said they would not arrest him."
    assert not any(t[1] == "DETAINED" for t in extracted_triples(extractor, text))
