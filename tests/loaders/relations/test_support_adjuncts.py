"""Support told in an adjunct or a noun, and a list of givers the parser hung on an apposition:
"survived with backing from X", "X's supply of drones to Y", "A, B, C and D issued statements
backing Y" (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from loaders.relations.subjects import grammatical_subjects
from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader


@pytest.mark.model
def test_backing_after_the_verb_names_the_backers(read: Reader) -> None:
    found = pairs(
        read("Kim has survived the sanctions with backing from China and Russia."), "SUPPORTED"
    )
    assert {("China", "Kim Jong Un"), ("Russia", "Kim Jong Un")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Putin agreed to send grain to Egypt with support from Qatar.",  # a plan, not done
        "Blinken met Lavrov in Geneva with help from Keller.",  # help after the verb: no aid
        "Blinken met Lavrov in Geneva with backing from Qatar.",  # backing for the meeting
    ],
)
@pytest.mark.model
def test_adjunct_of_a_plan_or_mere_help_is_no_support(read: Reader, text: str) -> None:
    assert not {s for s, _ in pairs(read(text), "SUPPORTED")} & {"Qatar", "Tom Keller"}


@pytest.mark.model
def test_owner_of_an_arms_supply_supported_the_receiver(read: Reader) -> None:
    found = pairs(
        read("Ties with Kyiv soured over Iran's supply of drones to Russia."), "SUPPORTED"
    )
    assert ("Iran", "Russia") in found


@pytest.mark.model
def test_owner_of_a_grain_supply_is_no_supporter(read: Reader) -> None:
    assert ("Egypt", "Russia") not in pairs(
        read("Prices rose after Egypt's supply of grain to Russia."), "SUPPORTED"
    )


@pytest.mark.model
def test_givers_listed_on_an_apposition_all_supported(read: Reader) -> None:
    found = pairs(
        read(
            "Egypt, the United States, Qatar, Uganda and Ethiopia issued statements backing "
            "Israel's right to defend the border."
        ),
        "SUPPORTED",
    )
    givers = {"Egypt", "United States", "Qatar", "Uganda", "Ethiopia"}
    assert {s for s, t in found if t == "Israel"} == givers


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_names_listed_on_an_apposition_share_the_verb() -> None:
    """The parse a larger model gives "A, the B, C and D issued ...": B an apposition of A."""
    doc = _parsed(
        ["Egypt", ",", "the", "Emirates", ",", "Qatar", "and", "Jordan", "issued", "statements"],
        [8, 0, 3, 0, 3, 3, 5, 5, 8, 8],
        ["nsubj", "punct", "det", "appos", "punct", "conj", "cc", "conj", "ROOT", "dobj"],
        ["PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN"],
    )
    found = [t.text for t in grammatical_subjects(doc[8])]
    assert found == ["Egypt", "Emirates", "Qatar", "Jordan"]


def test_a_person_described_in_apposition_is_one_subject() -> None:
    """ "Putin, the president and a former spy, said": the described are no list of names."""
    doc = _parsed(
        ["Putin", ",", "the", "president", "and", "a", "spy", ",", "said"],
        [8, 0, 3, 0, 3, 6, 3, 0, 8],
        ["nsubj", "punct", "det", "appos", "cc", "det", "conj", "punct", "ROOT"],
        ["PROPN", "PUNCT", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT", "VERB"],
    )
    assert [t.text for t in grammatical_subjects(doc[8])] == ["Putin"]
