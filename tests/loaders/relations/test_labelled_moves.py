"""A step or charge called false rejects whoever just took or made it (model-backed), on
sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_STEP = "Egypt expelled three Qatari diplomats on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        _STEP + "Qatar called the expulsions groundless.",
        _STEP + "Doha called the expulsions unfriendly and baseless.",
    ],
)
def test_a_step_called_false_rejects_who_took_it(read: Reader, text: str) -> None:
    assert ("Qatar", "REJECTED", "Egypt") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        _STEP + "Qatar called the expulsions unfriendly.",  # a complaint, no denial
        _STEP + "Ethiopia called the expulsions groundless.",  # not the side the step hit
        "Qatar called the expulsions groundless.",  # no step reported
    ],
)
def test_no_verdict_of_falsity_or_no_step_rejects_nobody(read: Reader, text: str) -> None:
    assert ("Qatar", "REJECTED", "Egypt") not in triples(read(text))
    assert ("Ethiopia", "REJECTED", "Egypt") not in triples(read(text))
