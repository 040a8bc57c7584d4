"""A visitor whose state the actor stage left empty is placed by the state in their own title, and
a meeting on the sidelines of an event abroad is a visit, on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_STATELESS = [
    ("Dana Reyes", "PERSON", None, ("Reyes",)),
    ("Omar Haddad", "PERSON", None, ("Haddad",)),
]
"""People the actor table gives no state: only the words around their name can."""


@pytest.fixture(scope="module")
def read_stateless(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_STATELESS])


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "On Monday, U.S. special envoy for the Horn of Africa Dana Reyes met Putin in Moscow.",
            ("Dana Reyes", "Russia"),
        ),
        (
            "Dana Reyes, the American special representative for Iran, held talks in Cairo on "
            "Sunday.",
            ("Dana Reyes", "Egypt"),
        ),
        (
            "Late on Friday, Ukrainian peace envoy Omar Haddad held talks with Putin in Moscow.",
            ("Omar Haddad", "Russia"),
        ),
    ],
)
def test_state_in_own_title_makes_a_visitor(
    read_stateless: Reader, text: str, visit: tuple[str, str]
) -> None:
    assert visit in pairs(read_stateless(text), "VISITED")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # his own state: a person at home visits nothing
        ("Russian special envoy for the Middle East Dana Reyes met Putin in Moscow.", "Dana Reyes"),
        # the state after "to" is the posting, not the person's: no state known, no visit read
        ("Special envoy to Egypt Omar Haddad held talks in Cairo on Sunday.", "Omar Haddad"),
    ],
)
def test_no_visit_from_own_or_posting_state(read_stateless: Reader, text: str, person: str) -> None:
    assert not {p for p in pairs(read_stateless(text), "VISITED") if p[0] == person}


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (  # the meeting is where the summit it was on the sidelines of is
            "Blinken met Lavrov on the sidelines of the regional summit in Cairo last week.",
            {("Antony Blinken", "Egypt"), ("Sergey Lavrov", "Egypt")},
        ),
        (  # the host at home visits nothing
            "Putin met Zelensky on the sidelines of a security forum in Moscow.",
            {("Volodymyr Zelensky", "Russia")},
        ),
    ],
)
def test_meeting_on_sidelines_of_event_abroad(
    read: Reader, text: str, visits: set[tuple[str, str]]
) -> None:
    assert pairs(read(text), "VISITED") == visits
