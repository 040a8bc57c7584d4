"""Accusations told through blame laid on someone, criminal cases and convictions (model-backed),
on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt blamed the explosion on Israel.", ("Egypt", "Israel")),
        ("The FSB opened a criminal case against Gershkovich.", ("FSB", "Evan Gershkovich")),
        ("Azerbaijan filed a lawsuit against Armenia.", ("Azerbaijan", "Armenia")),
        ("Iran convicted Keller of espionage last year.", ("Iran", "Tom Keller")),
    ],
)
def test_blame_cases_and_convictions_accuse(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt did not blame the explosion on Israel.",
        "The FSB did not open a criminal case against Gershkovich.",
        "Keller was acquitted of espionage in Iran.",
        "Azerbaijan threatened to file a lawsuit against Armenia.",
    ],
)
def test_no_blame_no_case_no_conviction_accuses_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))
