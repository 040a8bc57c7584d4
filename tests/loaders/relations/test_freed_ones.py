"""A release with no doer frees the person the story says was held, also where the frame's slots
miss that person: a bare participle hung on the clause whose subject was freed ("landed in Oslo,
freed after ..."), and a passive subject whose name is an apposition ("The mayor of the town,
Pavel Lenski, has been freed"). A participle with its own object, or an active freer, stays put."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_HELD = "Belarus arrested the blogger Pavel Lenski in Minsk in 2021. "


def _released(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    found = extracted_triples(extractor, text)
    return {(s, t) for s, kind, t in found if kind == "RELEASED"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pavel Lenski arrived in Vilnius late on Monday, freed together with two other activists "
        "after months of talks.",
        "Pavel Lenski was back with his family on Monday after three years in prison, freed in "
        "what officials described as a humanitarian gesture.",
        # the parse hangs the name on the town, not on the mayor
        "The mayor of the northern town of Lida, Pavel Lenski, has been freed in exchange for "
        "two soldiers, officials said.",
    ],
)
def test_a_doerless_release_frees_the_held_one(extractor: Extractor, sentence: str) -> None:
    assert ("Belarus", "Pavel Lenski") in _released(extractor, _HELD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the participle is active: Lenski is no one freed here
        "Pavel Lenski arrived in Vilnius on Monday and freed the pigeons he had raised.",
        # only a call for it: the participle is inside a demand
        "Pavel Lenski's lawyer said on Monday he had not been freed despite the ruling.",
    ],
)
def test_no_release_without_a_freeing(extractor: Extractor, sentence: str) -> None:
    assert ("Belarus", "Pavel Lenski") not in _released(extractor, _HELD + sentence)
