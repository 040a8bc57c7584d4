"""Sanctions whose clause names no doer: "The EU measures freeze the assets of X" (the owner of
the measures), "X was also blacklisted" (the sanctioner just reported). Model-backed; sentences
of our own wording."""

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
    ("Omar Haddad", "PERSON", "IRN", ("Haddad",)),
    ("Lena Vogt", "PERSON", "RUS", ("Vogt",)),
    ("Volga Chemical Works", "ORGANIZATION", "RUS", ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brussels acted on Tuesday over the poisoning. The EU measures freeze the assets "
            "of Omar Haddad and Lena Vogt and bar them from the bloc.",
            {("European Union", "Omar Haddad"), ("European Union", "Lena Vogt")},
        ),
        (
            "Britain imposed sanctions on Russia over the attack on Monday. A plant that "
            "makes the agent, the Volga Chemical Works, was also blacklisted.",
            {("Britain", "Volga Chemical Works")},
        ),
        (
            "The European Union and Britain imposed sanctions on six Russian officials. "
            "Lena Vogt, a deputy minister, was blacklisted as well.",
            {("European Union", "Lena Vogt"), ("Britain", "Lena Vogt")},
        ),
    ],
)
def test_the_unnamed_sanctioner_is_the_owner_or_the_one_just_reported(
    read_more: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(read_more(text), "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        # the sanction before is only threatened: nothing carries over
        "Britain threatened to impose sanctions on Russia. Lena Vogt was blacklisted in 2019.",
        # too far back: three sentences between the sanction and the passive
        "Britain imposed sanctions on Russia on Monday. Talks stalled. Prices rose. Trade fell. "
        "Lena Vogt was blacklisted.",
        # the passive names its doer: that one, not the one before
        "Britain imposed sanctions on Russia on Monday. Lena Vogt was blacklisted by Ukraine.",
    ],
)
def test_no_sanctioner_carried_without_a_sanction_just_before(read_more: Reader, text: str) -> None:
    found = pairs(read_more(text), "SANCTIONED")
    assert ("Britain", "Lena Vogt") not in found
