"""A "them" looks past spans of time ("abandoning decades of neutrality") to the group named
before (them_pronoun.py), on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Since Armenia and Azerbaijan signed the accord, ending decades of silence, Putin has "
        "accused "
        "them of stalling.",
        "After Egypt and Qatar hosted the summit, spending weeks on the text, Israel accused them "
        "of "
        "shielding militants.",
    ],
)
def test_them_after_a_span_of_time_is_the_pair_named_before(read: Reader, text: str) -> None:
    found = triples(read(text))
    accused = {t for _, kind, t in found if kind == "ACCUSED"}
    assert len(accused) == 2, found


@pytest.mark.parametrize(
    "text",
    [
        "Since Armenia and Azerbaijan began talks, ending decades of silence, Putin has not "
        "accused them of stalling.",
        "After Egypt and Qatar hosted talks, Israel thanked the envoys and accused them of "
        "shielding militants.",
    ],
)
def test_them_stays_unread_when_negated_or_nearer_people_block(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not any(
        kind == "ACCUSED" and t in ("Egypt", "Qatar", "Armenia", "Azerbaijan")
        for _, kind, t in found
    ), found
