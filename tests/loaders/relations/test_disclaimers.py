"""Saying one had no part in an act one is accused of rejects the accusation (model-backed), on
sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_CHARGE = "Egypt accused Qatar of funding the militia. "


@pytest.mark.parametrize(
    "text",
    [
        _CHARGE + "Qatar said it had no involvement in the attacks.",
        _CHARGE + "Qatar said it had nothing to do with the militia.",
    ],
)
def test_disclaiming_a_part_rejects_the_accuser(read: Reader, text: str) -> None:
    assert ("Qatar", "REJECTED", "Egypt") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        _CHARGE + "Qatar said it had some involvement.",
        _CHARGE + "Israel said Qatar had no involvement.",
        "Qatar said it had no involvement in the attacks.",
        _CHARGE + "Qatar did not say it had no involvement.",
    ],
)
def test_no_disclaimer_or_no_accusation_rejects_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))
