"""An act done at someone's request: the asker urged the actor (model-backed), own wording."""

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
            "Egypt paused its border works at the request of Qatar, officials said.",
            ("Qatar", "URGED", "Egypt"),
        ),
        (
            "Biden eased the curbs on Tehran at the urging of Qatar.",
            ("Qatar", "URGED", "Joe Biden"),
        ),
        (
            "Uganda acted on a request from NATO when it closed the airport.",
            ("NATO", "URGED", "Uganda"),
        ),
        ("Armenia withdrew its troops at Baku's request.", ("Azerbaijan", "URGED", "Armenia")),
    ],
)
def test_an_act_done_at_a_request_urges_the_actor(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt detained Keller at the request of the United States.",
        "Keller was arrested on Monday while boarding a plane, at the request of Washington.",
        "Egypt did not pause its works at the request of Qatar.",
        "Keller was freed at the request of Qatar.",
        "Egypt paused its works at the invitation of Qatar.",
    ],
)
def test_arrests_refusals_and_agentless_acts_urge_nobody(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "URGED"]
