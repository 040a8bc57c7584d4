"""A claim called false is rejected, its maker not condemned (model-backed), on sentences of our
own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_CHARGE = "Lavrov accused Kyiv of shelling the plant. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken called Russia's accusation baseless.", ("Antony Blinken", "Russia")),
        (
            _CHARGE + "Zelensky said the accusations were lies.",
            ("Volodymyr Zelensky", "Sergey Lavrov"),
        ),
    ],
)
def test_a_claim_called_false_is_rejected(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    found = triples(read(text))
    assert (expected[0], "REJECTED", expected[1]) in found
    assert (expected[0], "CONDEMNED", expected[1]) not in found


@pytest.mark.parametrize(
    "text",
    [
        _CHARGE + "Zelensky said the accusations were serious.",
        _CHARGE + "Zelensky did not call the accusation baseless.",
        _CHARGE + "Zelensky said the plant was fine.",
        "Blinken called Russia's decision unconscionable.",
    ],
)
def test_a_claim_not_called_false_is_not_rejected(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))
