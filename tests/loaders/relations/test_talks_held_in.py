"""Talks held in another state's city, with no counterpart named, are a visit there; and a
resort named by "the resort of X" is a place like "the city of X" (model-backed), on sentences
of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Lavrov, who held talks in Tehran on Monday, flew home the next day.",
            ("Sergey Lavrov", "Iran"),
        ),
        (
            "Blinken held talks in Cairo with his Egyptian hosts about the border crossing.",
            ("Antony Blinken", "Egypt"),
        ),
        (
            "After talks in Doha, Blinken said the ceasefire plan was still alive.",
            ("Antony Blinken", "Qatar"),
        ),
        (
            "In a joint statement after talks in Doha, Blinken and Lavrov said the truce held.",
            ("Sergey Lavrov", "Qatar"),
        ),
        (  # the parser hangs "at talks" on the object noun; the talks are the clause's
            "Putin offered Kim Jong Un a new grain deal at talks in Moscow on Friday.",
            ("Kim Jong Un", "Russia"),
        ),
        (  # the length of the talks stands where the talks would
            "Blinken and Lavrov announced a ceasefire after five hours of talks in Cairo.",
            ("Sergey Lavrov", "Egypt"),
        ),
        (
            "Blinken wrapped up two days of talks in Cairo on Thursday.",
            ("Antony Blinken", "Egypt"),
        ),
        (
            "Zelensky met Kim Jong Un in the Black Sea resort of Sochi last month.",
            ("Kim Jong Un", "Russia"),
        ),
    ],
)
def test_people_at_talks_abroad_visited(read: Reader, text: str, visit: tuple[str, str]) -> None:
    assert visit in pairs(read(text), "VISITED")


@pytest.mark.parametrize(
    "text",
    [
        "Putin held talks in Moscow with his security council on Tuesday.",  # at home
        "Blinken hopes to hold talks in Cairo next month.",  # a hope, not a visit
        "Blinken said before talks in Doha that he expected little.",  # not yet held
        "Blinken said talks in Doha had stalled.",  # the talks are a topic
        "Putin wrapped up two days of talks in Moscow with his generals.",  # at home
        "Blinken expects five hours of talks in Doha next week.",  # not held
    ],
)
def test_no_visit_without_talks_held_abroad(read: Reader, text: str) -> None:
    assert not pairs(read(text), "VISITED")
