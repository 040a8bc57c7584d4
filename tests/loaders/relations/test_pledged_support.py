"""Support promised in a clause: the promise is the backing, for the pledger and his state."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin promised that Moscow would keep helping Armenia rebuild its army.",
            {("Vladimir Putin", "Armenia"), ("Russia", "Armenia")},
        ),
        (
            "Biden pledged that Washington would provide air defence aid to Ukraine.",
            {("Joe Biden", "Ukraine"), ("United States", "Ukraine")},
        ),
        (
            "Blinken vowed that the United States would keep supporting Israel.",
            {("Antony Blinken", "Israel"), ("United States", "Israel")},
        ),
    ],
)
def test_support_promised_in_a_clause(
    read: Reader, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(read(text), "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "Biden did not promise that Washington would keep helping Ukraine.",
        "Biden promised that Washington would not help Ukraine.",
        "Biden promised that Washington could help Ukraine if asked.",
        "Putin promised that Moscow would attack Ukraine.",
    ],
)
def test_no_support_from_a_denied_or_hedged_promise(read: Reader, text: str) -> None:
    assert not pairs(read(text), "SUPPORTED")
