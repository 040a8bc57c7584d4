"""A standing backing that a verb ends ("ended its support for X", "withdrew its backing for X")
is reported ended, not given: no SUPPORTED (modality.noun_status). Support given stays."""

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
        "Biden ended U.S. support for Israel's offensive operations in Gaza.",
        "Washington withdrew its backing for Kyiv after the vote.",
        "In 2019 Russia halted its support for Iran's programme.",
        "Egypt cut its support for Qatar in June.",
    ],
)
def test_ended_support_is_no_support(read: Reader, text: str) -> None:
    assert not any(t[1] == "SUPPORTED" for t in triples(read(text))), triples(read(text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Biden pledged U.S. support for Israel's defence on Monday.",
            ("United States", "SUPPORTED", "Israel"),
        ),
        (
            "Washington renewed its backing for Kyiv after the vote.",
            ("United States", "SUPPORTED", "Ukraine"),
        ),
    ],
)
def test_support_given_stays(read: Reader, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(read(text))
