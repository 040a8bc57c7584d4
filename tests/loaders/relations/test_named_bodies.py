"""A body's name qualifying "group" or "movement" ("the Hamas group", "the Houthi movement") is
that body wherever the noun stands, not only where an owner would do, on sentences of our own
wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Hamas", "ORGANIZATION", None, ()),
    ("Palestinian Islamic Jihad", "ORGANIZATION", None, ("Islamic Jihad",)),
]


@pytest.fixture(scope="module")
def reader(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        (
            "A ceasefire brokered by Egypt between Israel and the Hamas group held on Monday.",
            "Egypt",
            {"Israel", "Hamas"},
        ),
        (
            "Egypt brokered a truce between Israel and the Palestinian Islamic Jihad group.",
            "Egypt",
            {"Israel", "Palestinian Islamic Jihad"},
        ),
        (
            "Qatar mediated talks between the Hamas movement and Israel.",
            "Qatar",
            {"Hamas", "Israel"},
        ),
    ],
)
def test_a_named_group_between_parties_is_that_body(
    reader: Reader, text: str, mediator: str, parties: set[str]
) -> None:
    found = triples(reader(text))
    assert {t for s, kind, t in found if s == mediator and kind == "MEDIATED"} == parties


@pytest.mark.parametrize(
    "text",
    [
        "Egypt refused to mediate between Israel and the Hamas group.",
        "Qatar offered to broker talks between the Hamas movement and Israel.",
    ],
)
def test_a_refused_or_offered_mediation_gives_nothing(reader: Reader, text: str) -> None:
    assert not {t for t in triples(reader(text)) if t[1] == "MEDIATED"}
