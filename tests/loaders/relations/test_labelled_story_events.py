""" "Russian forces seized two boats ... Zelensky called the incident an act of aggression": a
labelled act noun that names nobody ("the incident", "the election", "the operation") takes
up the act the story told of, so its doer is condemned: the lede's hostile act for "the
incident" (story_act), the winner of the vote for "the election", the interceptor for "the
operation" (bridging); sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces seized two Ukrainian patrol boats near the coast on Sunday. "
            "Zelensky called the incident an act of aggression.",
            ("Volodymyr Zelensky", "CONDEMNED", "Russia"),
        ),
        (
            "Putin won a fifth term on Sunday in a vote with no real rivals. "
            "Blinken called the election a sham.",
            ("Antony Blinken", "CONDEMNED", "Vladimir Putin"),
        ),
        (
            "Israeli forces intercepted an aid ship bound for Gaza on Wednesday. "
            "Iran described the operation as an act of terrorism.",
            ("Iran", "CONDEMNED", "Israel"),
        ),
    ],
)
def test_a_labelled_event_condemns_its_doer(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # the lede's act is no hostile one: "the incident" is not it
        "Biden met Putin in Geneva on Sunday. Zelensky called the incident a disgrace.",
        # an election given no pejorative label condemns nobody
        "Putin won a fifth term on Sunday. Blinken called the election a turning point.",
    ],
)
def test_an_unlabelled_or_peaceful_event_condemns_nobody(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "CONDEMNED"]
