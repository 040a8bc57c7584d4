"""Releases told as a noun ("welcomed the release of X", "after her release", "the exchange of
A for B") are by the one state that held the person; a release only asked for, discussed or
denied frees nobody."""

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
        "Lithuania on Friday welcomed the release of Pavel Lenski.",
        "Poland hailed Lenski's release as a humanitarian gesture.",
        "After his release, Lenski flew to Vilnius to join his family.",
        "Lithuanian diplomats secured the release of Pavel Lenski last week.",
    ],
)
def test_release_taken_as_done_is_by_the_holder(extractor: Extractor, sentence: str) -> None:
    assert ("Belarus", "Pavel Lenski") in _released(extractor, _HELD + sentence)


def test_both_prisoners_of_a_swap_noun_are_freed_by_their_holders(extractor: Extractor) -> None:
    text = (
        "Belarus arrested the blogger Pavel Lenski in Minsk in 2021. Poland jailed the Belarusian "
        "agent Igor Marchuk in 2022. Hungary brokered the exchange of Lenski for Marchuk, which "
        "took place at the border on Tuesday."
    )
    assert {("Belarus", "Pavel Lenski"), ("Poland", "Igor Marchuk")} <= _released(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuania on Friday demanded the release of Pavel Lenski.",
        "Poland called for Lenski's release.",
        "The two governments discussed the release of Pavel Lenski.",
        "Lithuania did not welcome the release of Pavel Lenski, which has not happened.",
        "Lithuania hopes to secure the release of Pavel Lenski.",
    ],
)
def test_release_asked_for_or_discussed_frees_nobody(extractor: Extractor, sentence: str) -> None:
    assert ("Belarus", "Pavel Lenski") not in _released(extractor, _HELD + sentence)


def test_release_of_someone_no_state_holds_names_no_releaser(extractor: Extractor) -> None:
    assert not _released(extractor, "Lithuania welcomed the release of the writer Pavel Lenski.")
