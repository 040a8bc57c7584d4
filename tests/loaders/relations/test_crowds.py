"""Guests listed beside a crowd ("met A, B and ministers from C") did not meet one another;
"met A and B" still pairs them (crowds.py; model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_PUTIN, _ZELENSKY = "Vladimir Putin", "Volodymyr Zelensky"


def _met(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "MET_WITH", b) in found or (b, "MET_WITH", a) in found


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met in Cairo with Putin, Zelensky and ministers from Qatar and Egypt.",
        "Blinken met Putin, Zelensky and officials from Qatar.",
        "Biden held talks with Putin, Zelensky and several European leaders in Geneva.",
        "Blinken met Putin, Zelensky and senior diplomats from the Gulf on Tuesday.",
    ],
)
def test_names_beside_a_crowd_are_not_paired(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not _met(found, _PUTIN, _ZELENSKY)
    assert _met(found, "Antony Blinken", _PUTIN) or _met(found, "Joe Biden", _PUTIN)


@pytest.mark.parametrize(
    "text",
    [
        "Blinken met with Putin and Zelensky in Istanbul.",
        "Blinken met in Istanbul with Putin, Zelensky and Kim.",
        "Blinken held a meeting with Putin, Zelensky and their aides.",
        "Biden met Putin, the Russian president, and Zelensky in Geneva.",
    ],
)
def test_names_alone_or_with_their_own_aides_are_paired(read: Reader, text: str) -> None:
    assert _met(triples(read(text)), _PUTIN, _ZELENSKY)
