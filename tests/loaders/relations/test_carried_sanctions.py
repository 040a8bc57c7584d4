"""Sanction targets named in the sentence after the sanction ("The EU imposed sanctions on 20
officials. Those targeted include X"): the sanctioner is the doer of the nearest sanctioning
clause before (model-backed; sentences of our own wording)."""

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
    ("Britain", "COUNTRY", "GBR", ("London",)),
    ("Canada", "COUNTRY", "CAN", ("Ottawa",)),
    ("Omar Haddad", "PERSON", "IRN", ("Haddad",)),
    ("Lena Vogt", "PERSON", "USA", ("Vogt",)),
    ("Mark Stone", "PERSON", "USA", ("Stone",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union imposed sanctions on 20 Iranian officials on Monday. "
            "Those targeted include Omar Haddad and Lena Vogt.",
            {("European Union", "Omar Haddad"), ("European Union", "Lena Vogt")},
        ),
        (
            "Russia said it would bar eight American officials from entering the country. "
            "The list included Mark Stone and Lena Vogt.",
            {("Russia", "Mark Stone"), ("Russia", "Lena Vogt")},
        ),
        (
            "Britain sanctioned five banks on Tuesday. "
            "The measures also target Omar Haddad, a senior official.",
            {("Britain", "Omar Haddad")},
        ),
        (
            "China announced sanctions on 11 Americans. "
            "Besides Biden, the list included Mark Stone and Lena Vogt.",
            {("China", "Mark Stone"), ("China", "Lena Vogt")},
        ),
        (
            "Canada blacklisted a dozen companies and individuals. "
            "The new measures hit Omar Haddad and Mark Stone.",
            {("Canada", "Omar Haddad"), ("Canada", "Mark Stone")},
        ),
        (
            "The European Union imposed sanctions on 40 officials. "
            "The officials blacklisted included Omar Haddad.",
            {("European Union", "Omar Haddad")},
        ),
        (
            "Washington on Friday slapped sanctions on six Iranian firms and two people. "
            "The individuals sanctioned are Omar Haddad and Lena Vogt.",
            {("United States", "Omar Haddad"), ("United States", "Lena Vogt")},
        ),
    ],
)
def test_the_list_after_a_sanction_is_the_sanctioners(
    read_more: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(read_more(text), "SANCTIONED")


def test_the_nearest_sanction_is_the_one_the_list_belongs_to(read_more: Reader) -> None:
    found = pairs(
        read_more(
            "Canada imposed sanctions on Russia on Monday. Britain imposed sanctions on Iran on "
            "Tuesday. The list included Omar Haddad."
        ),
        "SANCTIONED",
    )
    assert ("Britain", "Omar Haddad") in found
    assert ("Canada", "Omar Haddad") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed sanctions on 20 Iranian officials on Monday. "
        "Those targeted do not include Omar Haddad.",
        "The European Union said it might impose sanctions on Iranian officials. "
        "The list could include Omar Haddad.",
        "The European Union is weighing sanctions on Iranian officials. "
        "The list includes Omar Haddad.",
        "The European Union imposed sanctions on 20 Iranian officials. "
        "The guest list for the dinner included Omar Haddad.",
        "The European Union did not impose sanctions on Iran. "
        "The list of suspects includes Omar Haddad.",
        "The European Union held talks with Iran on Monday. "
        "The delegation included Omar Haddad and Lena Vogt.",
        "The European Union imposed sanctions on 20 Iranian officials. "
        "Haddad met Vogt in Vienna. The agenda included Stone's case.",
    ],
)
def test_no_list_without_an_asserted_sanction_before(read_more: Reader, text: str) -> None:
    found = pairs(read_more(text), "SANCTIONED")
    assert not {t for _, t in found} & {"Omar Haddad", "Lena Vogt", "Mark Stone"}
