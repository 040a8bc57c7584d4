"""A state's ministry named with the state's own word speaks for the state; a security
ministry acting in its own name stays a body. Sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian Foreign Ministry condemned the Israeli strikes on Syria.",
            ("Russia", "CONDEMNED", "Israel"),
        ),
        (
            "The Saudi Ministry of Foreign Affairs rejected criticism from Washington.",
            ("Saudi Arabia", "REJECTED", "United States"),
        ),
        (
            "The Chinese Defence Ministry urged Japan to halt its drills near Taiwan.",
            ("China", "URGED", "Japan"),
        ),
    ],
)
def test_a_ministry_named_by_its_state_is_the_state(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_a_security_ministry_stays_a_body(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The Iranian Ministry of Intelligence arrested British national Anoosheh Ashoori.",
    )
    assert not any(s == "Iran" for s, _, _ in found)
