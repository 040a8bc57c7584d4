"""A condemnation of "the expulsion" with no doer of its own is aimed at the one side the
story's relation of that kind names (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_STEP = "Egypt declared two Iranian diplomats persona non grata on Sunday. "


@pytest.mark.parametrize(
    "text",
    [
        _STEP + "Ethiopia criticised the expulsion on Monday.",
        _STEP + "Cairo said they had meddled. Ethiopia criticised the expulsion on Monday.",
    ],
)
def test_the_expulsion_is_condemned_on_whoever_expelled(read: Reader, text: str) -> None:
    assert ("Ethiopia", "CONDEMNED", "Egypt") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia criticised the expulsion on Monday.",  # no expulsion told
        _STEP + "Ethiopia criticised the expulsion by Uganda.",  # its own doer
        "Israel and Egypt traded strikes on Monday. Ethiopia condemned the strikes.",  # two sides
    ],
)
def test_no_step_or_no_single_doer_leaves_it_unaimed(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert ("Ethiopia", "CONDEMNED", "Egypt") not in found
    assert ("Ethiopia", "CONDEMNED", "Israel") not in found
