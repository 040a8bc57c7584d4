"""Sanctions in constructions of trade news the frames missed: goods "from" a state, an "of"
amount between the tariff and what it falls on, "hit back with", "before reimposing", a
revoked trade status, an order targeting a state's sectors, a fact-clause inside an
accusation, and "the measures" a state's spokesman reports (model-backed; our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, ActorRow, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("European Union", "ORGANIZATION", None, ("EU",)),
    ("Japan", "COUNTRY", "JPN", ("Tokyo",)),
    ("India", "COUNTRY", "IND", ("New Delhi",)),
    ("Pakistan", "COUNTRY", "PAK", ("Islamabad",)),
    ("Omar Haddad", "PERSON", "IRN", ("Haddad",)),
    ("Lena Vogt", "PERSON", "USA", ("Vogt",)),
    ("Mark Stone", "PERSON", "USA", ("Stone",)),
    ("Li Wen", "PERSON", "CHN", ("Li",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington slapped duties on cars and machinery from the EU and Japan last year.",
            {("United States", "European Union"), ("United States", "Japan")},
        ),
        (
            "Washington imposed duties of 50 percent on Chinese steel.",
            {("United States", "China")},
        ),
        (
            "Moscow accused Washington of provoking the crisis after the United States "
            "imposed tariffs on Russian grain.",
            {("United States", "Russia")},
        ),
        ("Beijing hit back with levies on American soybeans.", {("China", "United States")}),
        (
            "The United States left the pact in 2018 before reimposing sanctions on Iran.",
            {("United States", "Iran")},
        ),
        (
            "India revoked Pakistan's most-favoured-nation status after the attack.",
            {("India", "Pakistan")},
        ),
        (
            "Biden signed an executive order targeting Russia's gold and diamond sectors.",
            {("Joe Biden", "Russia")},
        ),
        (
            "Beijing sanctioned Mark Stone on Monday, a week after Washington blacklisted "
            "Chinese officials. Chinese foreign ministry spokesman Li Wen said the measures "
            "also target Lena Vogt.",
            {("China", "Mark Stone"), ("United States", "China"), ("China", "Lena Vogt")},
        ),
        (
            "The European Union imposed sanctions on 40 Iranian officials on Friday, and "
            "Tehran hit back within hours with counter-sanctions. Those targeted include "
            "Omar Haddad.",
            {("European Union", "Omar Haddad")},
        ),
    ],
)
def test_sanction_read(read_more: Reader, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= pairs(read_more(text), "SANCTIONED")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # what an accusation says is the accuser's claim, not a fact
        (
            "Moscow accused Washington of planning to impose tariffs on Russian grain.",
            ("United States", "Russia"),
        ),
        # a person's residency status is no trade term taken from a state
        ("Tehran revoked Omar Haddad's residency status.", ("Iran", "Omar Haddad")),
        # "the measures" a state's minister reports are those that hit his state
        (
            "The EU sanctioned Russian officials on Monday. Russian Foreign Minister Sergey "
            "Lavrov said the measures also target Omar Haddad.",
            ("Russia", "Omar Haddad"),
        ),
        # the spokesman's state only wins where it sanctioned: the sanctioner stays
        (
            "Beijing sanctioned Mark Stone on Monday, a week after Washington blacklisted "
            "Chinese officials. Chinese foreign ministry spokesman Li Wen said the measures "
            "also target Lena Vogt.",
            ("United States", "Lena Vogt"),
        ),
        # the counter-measure nearer the list does not make the list its own
        (
            "The European Union imposed sanctions on 40 Iranian officials on Friday, and "
            "Tehran hit back within hours with counter-sanctions. Those targeted include "
            "Omar Haddad.",
            ("Iran", "Omar Haddad"),
        ),
    ],
)
def test_sanction_silent(read_more: Reader, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in pairs(read_more(text), "SANCTIONED")
