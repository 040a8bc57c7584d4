"""People named after a partitive ("detained two of its reporters, A and B") and captives
"handed back": sentences of our own wording (model-backed), negatives beside the positives."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Omar Haddad", "PERSON", "FRA", ("Haddad",)),
    ("Pakistan", "COUNTRY", "PAK", ("Islamabad", "Pakistani")),
    ("India", "COUNTRY", "IND", ("New Delhi", "Indian")),
]


@pytest.fixture(scope="module")
def read(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russian police detained two of its reporters, Anna Berg and Tom Keller.",
         ("Russia", "DETAINED", "Tom Keller")),
        ("Russian police detained two of its reporters, Anna Berg and Tom Keller.",
         ("Russia", "DETAINED", "Anna Berg")),
        ("Iranian guards arrested three of the tourists, Anna Berg, Omar Haddad and Tom Keller.",
         ("Iran", "DETAINED", "Omar Haddad")),
        ("The FSB detained two of its senior staff, Anna Berg and Tom Keller, on Monday.",
         ("FSB", "DETAINED", "Tom Keller")),
        ("Iran freed two of the prisoners, Berg and Keller, on Monday.",
         ("Iran", "RELEASED", "Tom Keller")),
    ],
)  # fmt: skip
def test_names_after_a_partitive_are_the_ones_acted_on(
    read: Reader, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian police detained two of its reporters on Monday, Berg said.",
        "Russian police detained two of its reporters, Berg said.",
        "Iran did not free two of the prisoners, Berg and Keller.",
        "Russian police threatened to detain two of its reporters, Anna Berg and Tom Keller.",
    ],
)
def test_no_partitive_member_from_a_speaker_or_a_non_act(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] in ("DETAINED", "RELEASED")}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Pakistan captured the pilot, Tom Keller, and handed him back to India two days later.",
         ("Pakistan", "RELEASED", "Tom Keller")),
        ("Russia handed Keller back to the United States on Friday.",
         ("Russia", "RELEASED", "Tom Keller")),
    ],
)  # fmt: skip
def test_a_captive_handed_back_is_released(
    read: Reader, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia refused to hand Keller back.",
        "Russia will not hand Keller back to Washington.",
        "Keller handed back his passport to the embassy.",
        "Pakistan said it might hand Keller back to India.",
    ],
)
def test_no_release_when_nobody_is_handed_back(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "RELEASED"}
