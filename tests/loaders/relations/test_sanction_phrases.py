"""Sanctions in set phrases of wire copy ("imposed asset freezes and travel bans on", "sanctions
targeting X's ...", "cut trade ties with"), on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("European Union", "ORGANIZATION", None, ("EU", "bloc")),
    ("United Kingdom", "COUNTRY", "GBR", ("Britain", "London", "British")),
    ("Belarus", "COUNTRY", "BLR", ("Minsk", "Belarusian")),
    ("Lithuania", "COUNTRY", "LTU", ("Vilnius",)),
    ("Ivan Sokol", "PERSON", "BLR", ("Sokol",)),
    ("Wagner", "ORGANIZATION", "RUS", ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May the EU imposed asset freezes and travel bans on four Belarusian judges "
            "over the trials, including Ivan Sokol, the head of the Minsk court.",
            {("European Union", "Belarus"), ("European Union", "Ivan Sokol")},
        ),
        (
            "EU ministers on Friday imposed asset freezes and visa bans on senior Belarusian "
            "officers, commanders of Wagner and Ivan Sokol.",
            {("European Union", "Wagner"), ("European Union", "Ivan Sokol")},
        ),
        (
            "Britain announced dozens of new sanctions targeting Belarus's potash exports.",
            {("United Kingdom", "Belarus")},
        ),
        (
            "Washington unveiled fresh measures targeting Iran's drone makers on Tuesday.",
            {("United States", "Iran")},
        ),
        (
            "China cut trade and travel ties with Lithuania in 2021.",
            {("China", "Lithuania")},
        ),
        ("Belarus severed economic links with Lithuania.", {("Belarus", "Lithuania")}),
    ],
)
def test_sanction_phrases_name_who_they_fall_on(
    read_more: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(read_more(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "The EU threatened to impose asset freezes and travel bans on Belarusian judges.",
        "The EU did not impose asset freezes on Ivan Sokol.",
        "The bloc could adopt sanctions targeting Belarus's potash exports, diplomats said.",
        "Lithuania cut diplomatic ties with Belarus on Monday.",  # no trade cut: no sanction
        "China restored trade ties with Lithuania.",
        "Belarus threatened to cut trade ties with Lithuania.",
    ],
)
def test_threats_refusals_and_diplomatic_breaks_are_no_sanction(
    read_more: Reader, text: str
) -> None:
    assert not pairs(read_more(text), "SANCTIONED")
