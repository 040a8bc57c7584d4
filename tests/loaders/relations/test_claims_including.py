"""Claimants named in an "including" phrase after the claim ("rebuffed calls for dialogue,
including from China"), read by claims_including.py, on sentences of our own wording
(model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "rejecter", "claimants"),
    [
        (
            "Zelensky has repeatedly rebuffed calls for dialogue, including from China and Qatar.",
            "Volodymyr Zelensky",
            {"China", "Qatar"},
        ),
        ("Putin dismissed proposals for talks, notably from Qatar.", "Vladimir Putin", {"Qatar"}),
        (
            "Putin has repeatedly rebuffed calls for dialogue, including from Qatar and NATO "
            "itself, calling them interference.",
            "Vladimir Putin",
            {"Qatar", "NATO"},
        ),
    ],
)
def test_claimants_in_an_including_phrase_are_rejected(
    read: Reader, text: str, rejecter: str, claimants: set[str]
) -> None:
    found = triples(read(text))
    assert {t for s, kind, t in found if s == rejecter and kind == "REJECTED"} == claimants


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky has not rebuffed calls for dialogue, including from China.",
        "Zelensky welcomed calls for dialogue, including from China.",
    ],
)
def test_no_rejection_when_negated_or_welcomed(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))
