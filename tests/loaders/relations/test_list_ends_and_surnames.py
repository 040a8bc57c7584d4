"""Surnames that are title words ("Kevin King", "Julie Bishop") end a name; an enumeration
("among them A") ends where the clause goes on (", in exchange for two professors ..., B and
C" are not among the freed)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "The Taliban freed Kevin King and Timothy Weeks in 2019.",
            {("Taliban", "RELEASED", "Kevin King"), ("Taliban", "RELEASED", "Timothy Weeks")},
        ),
        (
            "Australian Foreign Minister Julie Bishop met Wang Yi in Beijing.",
            {("Julie Bishop", "MET_WITH", "Wang Yi")},
        ),
    ],
)
def test_title_words_as_surnames(
    extractor: Extractor, text: str, right: set[tuple[str, str, str]]
) -> None:
    assert right <= extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["Jordan's King Abdullah met Biden in Washington.", "The Thai King met Xi in Bangkok."],
)
def test_kings_stay_titles(extractor: Extractor, text: str) -> None:
    """The title is never a name of its own ("Thai King" as a person, "King" as a surname);
    before a monarch's one name it is part of how news names him ("King Abdullah")."""
    found = extracted_triples(extractor, text)
    ends = {end for s, _, t in found for end in (s, t)}
    assert not any(end == "King" or end.endswith(" King") for end in ends)


def test_an_enumeration_ends_where_the_clause_goes_on(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Kabul freed three Taliban prisoners, among them Anas Haqqani, in exchange for two "
        "professors the insurgents had held since 2016, American Kevin King and Australian "
        "Timothy Weeks.",
    )
    assert ("Afghanistan", "RELEASED", "Anas Haqqani") in found
    assert not any(rel == "RELEASED" and s == "Afghanistan" and "King" in t for s, rel, t in found)


def test_an_enumeration_passes_over_appositions(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "China sanctioned ten people, among them Reinhard Butikofer, the German Green who "
        "chairs the delegation, French lawmaker Raphael Glucksmann and the Mercator Institute.",
    )
    assert ("China", "SANCTIONED", "Raphael Glucksmann") in found
