"""Sanctions carried by "joined" and "rolled out" (noun_verbs.light_verb): a state that joins
others' sanctions imposes them too, and measures rolled out are imposed; refusing or not joining,
and rolling sanctions back, impose nothing (sentences of our own wording, model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("European Union", "ORGANIZATION", None, ("EU",)),
    ("Norway", "COUNTRY", "NOR", ()),
    ("Serbia", "COUNTRY", "SRB", ()),
    ("Canada", "COUNTRY", "CAN", ("Ottawa",)),
    ("Japan", "COUNTRY", "JPN", ("Tokyo",)),
    ("Turkey", "COUNTRY", "TUR", ("Ankara",)),
    ("Spain", "COUNTRY", "ESP", ()),
    ("Morocco", "COUNTRY", "MAR", ()),
]


@pytest.fixture(scope="module")
def reader(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway, a close partner, has joined EU sanctions against Moscow.", ("Norway", "Russia")),
        ("Serbia finally joined the bloc's sanctions on Russia last week.", ("Serbia", "Russia")),
        ("Ottawa rolled out new sanctions against Iran on Friday.", ("Canada", "Iran")),
        ("Japan and Canada rolled out export curbs on Russia.", ("Japan", "Russia")),
    ],
)
def test_joining_or_rolling_out_sanctions_imposes_them(
    reader: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(reader(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "Norway has not joined EU sanctions against Moscow.",
        "Turkey has refused to join Western sanctions on Russia.",
        "Serbia may join the bloc's sanctions on Russia next year.",
    ],
)
def test_not_joining_imposes_nothing(reader: Reader, text: str) -> None:
    found = pairs(reader(text), "SANCTIONED")
    assert not {p for p in found if p[0] in ("Norway", "Turkey", "Serbia", "Canada")}, found


def test_joining_talks_is_no_sanction(reader: Reader) -> None:
    assert pairs(reader("Spain joined talks with Morocco on Monday."), "SANCTIONED") == set()
