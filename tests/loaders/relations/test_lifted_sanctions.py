"""Sanctions told by their lifting (lifted_sanctions): who lifted sanctions that were in force had
imposed them, or their named owner had; a lifting asked for, promised, refused or undone by no
one named tells no imposer (sentences of our own wording, model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Canada", "COUNTRY", "CAN", ("Ottawa",)),
    ("Cuba", "COUNTRY", "CUB", ("Havana",)),
    ("Niger", "COUNTRY", "NER", ()),
    ("ECOWAS", "ORGANIZATION", None, ()),
    ("Donald Trump", "PERSON", "USA", ("Trump",)),
]


@pytest.fixture(scope="module")
def reader(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa lifted its travel sanctions on Cuba last spring.", ("Canada", "Cuba")),
        ("Washington eased sanctions on Iran's shipping sector.", ("United States", "Iran")),
        ("Regional bloc ECOWAS lifted border sanctions on Niger in May.", ("ECOWAS", "Niger")),
        ("Canada, which lifted most of its tariffs on China, kept others.", ("Canada", "China")),
        ("Ottawa rolled back sanctions against Cuba on Friday.", ("Canada", "Cuba")),
        ("Washington wound down the embargo on Cuba last year.", ("United States", "Cuba")),
    ],
)
def test_a_lifting_that_happened_tells_who_had_imposed_them(
    reader: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(reader(text), "SANCTIONED")


def test_the_named_owner_of_the_lifted_embargo_imposed_it(reader: Reader) -> None:
    text = "Joe Biden lifted an American arms embargo on Cuba in 2015."
    found = pairs(reader(text), "SANCTIONED")
    assert ("United States", "Cuba") in found
    assert ("Joe Biden", "Cuba") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa refused to lift its sanctions on Cuba.",
        "Ottawa refused to roll back sanctions on Cuba.",
        "Havana urged Ottawa to ease its sanctions on Cuba.",
        "Trump has made no pledge to lift sanctions on Cuba.",
        "Trump said he would lift tariffs on Cuba once talks end.",
        "The sanctions on Cuba were lifted in May.",
        "Ottawa lifted its objections to the deal with Cuba.",
    ],
)
def test_a_lifting_not_done_or_with_no_lifter_tells_nothing(reader: Reader, text: str) -> None:
    found = pairs(reader(text), "SANCTIONED")
    assert not {p for p in found if p[1] == "Cuba"}, found
