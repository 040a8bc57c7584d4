"""What the parse or the wording hides: a passive joined to an active verb ("travelled to X and
was welcomed by Y"), huddles, and handshakes that are no meeting (model-backed), on sentences
of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Zelensky travelled to Washington and was welcomed by Biden at the White House.",
            ("Joe Biden", "MET_WITH", "Volodymyr Zelensky"),
        ),
        (
            "Russia invaded Ukraine in 2022 and was condemned by NATO within hours.",
            ("NATO", "CONDEMNED", "Russia"),
        ),
        (
            "Blinken met Lavrov on Friday and was criticised by Zelensky the next day.",
            ("Volodymyr Zelensky", "CONDEMNED", "Antony Blinken"),
        ),
    ],
)
def test_the_passive_is_said_of_the_first_verbs_subject(
    read: Reader, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky travelled to Washington and was not welcomed by Biden.",
        "Zelensky travelled to Washington and hoped to be welcomed by Biden.",
    ],
)
def test_a_denied_or_hoped_passive_gives_nothing(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "MET_WITH"}


def test_a_huddle_is_a_meeting(read: Reader) -> None:
    found = triples(read("Blinken huddled with Lavrov in Geneva on Friday."))
    assert ("Antony Blinken", "MET_WITH", "Sergey Lavrov") in found


@pytest.mark.parametrize(
    "text",
    [
        # corpus c10's trap: a handshake at a dinner, with no talks, is no meeting
        "Blinken and Lavrov only shook hands at a dinner.",
        "Blinken refused to shake hands with Lavrov.",
    ],
)
def test_a_handshake_is_no_meeting(read: Reader, text: str) -> None:
    assert not {t for t in triples(read(text)) if t[1] == "MET_WITH"}


@pytest.mark.parametrize(
    "text",
    [
        "The alliance's chief, Stoltenberg, called on Moscow to withdraw its troops.",
        "The NATO chief, Stoltenberg, called on Russia to pull back.",
    ],
)
def test_a_predicate_the_parser_hangs_on_the_subject_noun(read: Reader, text: str) -> None:
    assert ("Jens Stoltenberg", "URGED", "Russia") in triples(read(text))


def test_a_headline_participle_stays_passive(read: Reader) -> None:
    found = triples(read("Gershkovich freed in prisoner swap with Russia"))
    assert not {t for t in found if t[0] == "Evan Gershkovich"}
