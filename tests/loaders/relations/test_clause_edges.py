"""Readings at the edges of a clause that the parser gets wrong: a participle after the
clause's object ("phoned Putin and then Zelensky, pressing both"), subjects listed with an
opening phrase's last name ("At a summit of the African Union, Ethiopia and Kenya signed"), a
swap told by its verb ("exchanged prisoners"), and calls held one by one ("with Putin and with
Zelensky")."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Erdogan phoned Putin and then Zelensky, pressing both to return to talks.",
            [("Erdogan", "URGED", "Putin"), ("Erdogan", "URGED", "Zelensky")],
            [("Zelensky", "URGED", "Putin")],
        ),
        (
            "Hungary blocked the bid by Sweden and Finland, accusing Stockholm of hostility.",
            [("Hungary", "ACCUSED", "Sweden")],
            [("Finland", "ACCUSED", "Sweden")],
        ),
        (
            "Biden called Netanyahu, urging him to allow aid into Gaza.",
            [("Biden", "URGED", "Netanyahu")],
            [],
        ),
    ],
)
def test_a_participle_after_the_object_is_the_subjects_act(
    extractor: Extractor,
    text: str,
    right: list[tuple[str, str, str]],
    wrong: list[tuple[str, str, str]],
) -> None:
    found = extracted_triples(extractor, text)
    assert set(right) <= found
    assert not set(wrong) & found


@pytest.mark.parametrize(
    "text",
    [
        # no comma: the participle tells which object, not what the subject did
        "Turkey criticised the statement accusing Sweden of hostility.",
    ],
)
def test_a_participle_on_a_noun_stays_the_nouns(extractor: Extractor, text: str) -> None:
    assert ("Turkey", "ACCUSED", "Sweden") not in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "At a summit of the African Union, Ethiopia and Kenya signed a border deal.",
            ("Ethiopia", "SIGNED_AGREEMENT_WITH", "Kenya"),
        ),
        (
            "At a ceremony hosted by Qatar, the United States and the Taliban signed an agreement.",
            ("United States", "SIGNED_AGREEMENT_WITH", "Taliban"),
        ),
    ],
)
def test_subjects_listed_with_the_opening_phrase(
    extractor: Extractor, text: str, right: tuple[str, str, str]
) -> None:
    found = extracted_triples(extractor, text)
    assert right in found
    assert not any(t[0] == "Qatar" and t[1] == "SIGNED_AGREEMENT_WITH" for t in found)


def test_a_list_inside_the_opening_phrase_is_no_subject(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "At talks with Russia, Ukraine and Turkey, the UN spoke.")
    assert not any(t[1] == "SIGNED_AGREEMENT_WITH" for t in found)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Russia and Ukraine exchanged prisoners on Sunday.",
            ("Russia", "SIGNED_AGREEMENT_WITH", "Ukraine"),
        ),
        (
            "Russia and Ukraine swapped 95 prisoners of war each.",
            ("Russia", "SIGNED_AGREEMENT_WITH", "Ukraine"),
        ),
        (
            "Ukraine swapped prisoners with Russia in a deal brokered by the UAE.",
            ("Ukraine", "SIGNED_AGREEMENT_WITH", "Russia"),
        ),
        (
            "Israel and Hamas exchanged hostages for prisoners.",
            ("Israel", "SIGNED_AGREEMENT_WITH", "Hamas"),
        ),
    ],
)
def test_a_swap_told_by_its_verb(
    extractor: Extractor, text: str, right: tuple[str, str, str]
) -> None:
    assert right in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Kyiv exchanged accusations over the strike.",
        "Israel and Hezbollah traded fire on Sunday.",
        "Russia and Ukraine refused to exchange prisoners.",
        "Russia and Ukraine could exchange prisoners next week, officials said.",
    ],
)
def test_exchanges_that_are_no_swap(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(t[1] == "SIGNED_AGREEMENT_WITH" for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Macron held calls with Putin and with Zelensky on Tuesday.",
        "Macron held phone calls with Putin and Zelensky on Tuesday.",
        "Macron held talks with Putin and with Zelensky.",
    ],
)
def test_calls_held_one_by_one(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert {("Macron", "MET_WITH", "Putin"), ("Macron", "MET_WITH", "Zelensky")} <= found
    assert not {("Putin", "MET_WITH", "Zelensky"), ("Zelensky", "MET_WITH", "Putin")} & found


def test_one_conversation_with_both(extractor: Extractor) -> None:
    # bare "held talks with A and B" is a round of bilaterals (talks_in_turn.py); a word
    # making it one table pairs the partners
    found = extracted_triples(
        extractor, "Macron held three-way talks with Putin and Zelensky in Paris."
    )
    assert {("Putin", "MET_WITH", "Zelensky"), ("Zelensky", "MET_WITH", "Putin")} & found


def test_subjects_of_three_listed_with_the_opening_phrase(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "At a summit of the African Union, Ethiopia, Kenya and Somalia signed a deal."
    )
    signed = {frozenset((s, t)) for s, rel, t in found if rel == "SIGNED_AGREEMENT_WITH"}
    assert frozenset(("Ethiopia", "Kenya")) in signed


def test_the_sides_of_a_brokered_deal_are_no_brokers(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Under a deal brokered by the United Arab Emirates, Russia, Ukraine and Belarus swapped "
        "prisoners.",
    )
    mediators = {s for s, rel, _ in found if rel == "MEDIATED"}
    assert mediators == {"United Arab Emirates"}


def test_subjects_after_the_opening_before_an_auxiliary(extractor: Extractor) -> None:
    """arguments.opening_comma runs to the verb's auxiliaries, as the titled subjects' reading
    did: "Russia and Ukraine have swapped" are the subjects as "swapped" alone."""
    found = extracted_triples(
        extractor, "Under a deal brokered by Qatar, Russia and Ukraine have swapped prisoners."
    )
    assert ("Russia", "SIGNED_AGREEMENT_WITH", "Ukraine") in found


@pytest.mark.parametrize(
    "text",
    [
        "Under a deal brokered by Qatar and Russia, prisoners have been swapped.",
        "Under a deal brokered by Qatar, Russia and Ukraine have not swapped prisoners.",
    ],
)
def test_no_names_after_the_opening_or_a_denial_signs_nothing(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(rel == "SIGNED_AGREEMENT_WITH" for _, rel, _ in found)


def test_subjects_after_an_opening_of_time(extractor: Extractor) -> None:
    """ "Hours after the summit ...,": an opening that starts with its time, not its preposition,
    as the titled subjects' reading took it."""
    found = extracted_triples(
        extractor, "Hours after the summit with Qatar, Russia and Ukraine signed a ceasefire."
    )
    assert ("Russia", "SIGNED_AGREEMENT_WITH", "Ukraine") in found


def test_an_opening_clause_lists_no_subjects(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Speaking in Doha, Egypt and Israel signed a ceasefire.")
    assert not any(rel == "SIGNED_AGREEMENT_WITH" for _, rel, _ in found)
