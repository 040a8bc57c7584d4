""" "X remains held in Russia": the small parser takes "remains" for the passive's auxiliary and
leaves X its active subject; X is still the one held, on sentences of our own wording
(model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Gershkovich remains held in Russia.", "Russia"),
        ("Gershkovich remains held by the FSB.", "FSB"),
        ("Keller and Berg remain held in Iran.", "Iran"),
    ],
)
def test_who_remains_held_is_held(read: Reader, text: str, holder: str) -> None:
    found = triples(read(text))
    held = {t for s, kind, t in found if kind == "DETAINED" and s == holder}
    assert held and held <= {"Evan Gershkovich", "Tom Keller", "Anna Berg"}


@pytest.mark.parametrize(
    "text",
    [
        "Gershkovich may remain held in Russia for years.",
        "If the talks fail, Gershkovich could remain held in Russia.",
        "Russia denied that Gershkovich remains held by the FSB.",
    ],
)
def test_a_hedged_or_denied_detention_gives_nothing(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "DETAINED"}


@pytest.mark.parametrize(
    "text",
    [
        "Two Americans, Tom Keller and Anna Berg, are still jailed in Iran.",
        "Two Americans are still jailed in Iran: Tom Keller and Anna Berg.",
    ],
)
def test_a_demonym_plural_names_all_the_people_in_its_apposition(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert {t for s, kind, t in found if kind == "DETAINED" and s == "Iran"} == {
        "Tom Keller",
        "Anna Berg",
    }


def test_a_denied_release_of_a_demonym_plural_gives_nothing(read: Reader) -> None:
    found = triples(read("Iran did not free two Americans, Tom Keller and Anna Berg."))
    assert not {t for t in found if t[1] in ("DETAINED", "RELEASED")}
