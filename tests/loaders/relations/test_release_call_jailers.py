"""A call for a prisoner's release urges whoever holds them, also when the prisoners are told
of before ("demanded their release", "the release of the two men") and when the holder is a
junta or a body of a state rather than the state itself; hopes name no urging, and a call for
people the story never said were held urges no one. Acts done "at the request of" someone urge
the one who acted also when the parser hangs the request on the actor's name."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_HELD = "Belarus arrested two Polish journalists in Minsk on Monday. "


def _urged(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    found = extracted_triples(extractor, text)
    return {(s, t) for s, kind, t in found if kind == "URGED"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Warsaw called for the immediate release of the two men.",
        "Poland asked for their swift release.",
        "Poland demanded their release on Tuesday.",
    ],
)
def test_call_for_release_of_people_told_before_urges_the_jailer(
    extractor: Extractor, sentence: str
) -> None:
    assert ("Poland", "Belarus") in _urged(extractor, _HELD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland hopes for their swift release.",
        "Poland called for the release of hostages held in Gaza.",
    ],
)
def test_hope_or_call_for_other_prisoners_urges_no_jailer(
    extractor: Extractor, sentence: str
) -> None:
    assert ("Poland", "Belarus") not in _urged(extractor, _HELD + sentence)


def test_request_hung_on_the_actor_name_urges_the_actor(extractor: Extractor) -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva, at the request of Pope Francis, tried "
        "to raise the case of a jailed bishop with Managua."
    )
    assert ("Pope Francis", "Luiz Inacio Lula da Silva") in _urged(extractor, text)
