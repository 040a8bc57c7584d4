"""Sanctions in a relative clause on the sanctions noun ("the sanctions that X imposed on Y"),
members named after a demonym plural ("on 11 Americans, among them A and B"), and a wish to
free someone that is no release ("interest in freeing X"), on sentences of our own wording
(model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Marco Rubio", "PERSON", "USA", ("Rubio",)),
    ("Ted Cruz", "PERSON", "USA", ("Cruz",)),
    ("European Union", "ORGANIZATION", None, ("EU",)),
    ("Britain", "COUNTRY", "GBR", ("London", "British")),
    ("Viktor Bout", "PERSON", "RUS", ("Bout",)),
    ("U.S. Congress", "ORGANIZATION", "USA", ("Congress",)),
    ("Senate", "ORGANIZATION", None, ()),
]


@pytest.fixture(scope="module")
def reader(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel has not joined the sanctions that the United States and the EU have "
            "imposed on Russia.",
            {("United States", "Russia"), ("European Union", "Russia")},
        ),
        (
            "The move answered sanctions the U.S. Treasury announced against four officials, "
            "including Rubio and Cruz.",
            {("United States", "Marco Rubio"), ("United States", "Ted Cruz")},
        ),
        (
            "Moscow criticised the penalties that Britain slapped on Russian banks.",
            {("Britain", "Russia")},
        ),
        (
            "The tariffs Washington has levied on Chinese goods will stay.",
            {("United States", "China")},
        ),
    ],
)
def test_the_clause_on_the_sanctions_noun_names_who_imposed_them(
    reader: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(reader(text), "SANCTIONED") == expected


@pytest.mark.parametrize(
    "text",
    [
        "China condemned the sanctions that Washington has threatened to impose on Iran.",
        "Egypt said the sanctions that Britain might impose on Iran would fail.",
        "The sanctions that the United States refused to impose on Russia were discussed.",
        "The sanctions the EU lifted on Iran last year were popular.",
    ],
)
def test_a_clause_of_threat_refusal_or_lifting_imposes_nothing(reader: Reader, text: str) -> None:
    assert pairs(reader(text), "SANCTIONED") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China said it would impose sanctions on 11 Americans, among them Senators Marco "
            "Rubio and Ted Cruz.",
            {("China", "Marco Rubio"), ("China", "Ted Cruz")},
        ),
        ("Beijing sanctioned six Americans, among them Rubio.", {("China", "Marco Rubio")}),
    ],
)
def test_a_demonym_plural_has_the_members_among_them_names(
    reader: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(reader(text), "SANCTIONED") >= expected


@pytest.mark.parametrize(
    "text",
    [
        "China threatened to impose sanctions on 11 Americans, among them Rubio and Cruz.",
        "China said it would not impose sanctions on any Americans, among them Rubio and Cruz.",
    ],
)
def test_threatened_or_denied_sanctions_on_a_demonym_list_give_nothing(
    reader: Reader, text: str
) -> None:
    assert pairs(reader(text), "SANCTIONED") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials have spoken of their interest in freeing Viktor Bout, an arms dealer "
        "serving a 25-year sentence in the United States.",
        "Moscow has long spoken of its interest in freeing Bout, who is serving a sentence in "
        "the United States.",
    ],
)
def test_an_interest_in_freeing_someone_is_no_release(reader: Reader, text: str) -> None:
    found = triples(reader(text))
    assert ("United States", "DETAINED", "Viktor Bout") in found
    assert not {t for t in found if t[1] == "RELEASED"}


def test_freeing_someone_as_a_means_is_a_release(reader: Reader) -> None:
    text = (
        "Washington on Friday ended the case by freeing Viktor Bout, an arms dealer serving a "
        "25-year sentence in the United States."
    )
    assert ("United States", "RELEASED", "Viktor Bout") in triples(reader(text))


def test_a_curb_on_ones_own_state_is_no_sanction(reader: Reader) -> None:
    text = "Biden waived the restrictions that Congress imposed in 1992 on U.S. aid to Egypt."
    assert pairs(reader(text), "SANCTIONED") == set()


def test_a_curb_on_a_states_cooperation_is_no_sanction_of_it(reader: Reader) -> None:
    text = (
        "Trump waived the restrictions that the Senate imposed in 1992 on U.S. defence "
        "cooperation with Egypt."
    )
    assert pairs(reader(text), "SANCTIONED") == set()
