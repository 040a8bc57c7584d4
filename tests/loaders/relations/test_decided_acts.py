"""An act named as what someone decided ("Canada's decision to impose sanctions") is theirs
and taken, unless the decision is awaited, undone or refused (model-backed)."""

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
        (
            "Egypt's decision to impose sanctions on Iran angered Tehran.",
            ("Egypt", "SANCTIONED", "Iran"),
        ),
        (
            "The row followed a decision by Qatar on Monday to sanction Iran.",
            ("Qatar", "SANCTIONED", "Iran"),
        ),
        (
            "Moscow's move to expel two Israeli diplomats drew a protest.",
            ("Russia", "EXPELLED", "Israel"),
        ),
        (
            "Egypt announced its decision to impose sanctions on Iran.",
            ("Egypt", "SANCTIONED", "Iran"),
        ),
        ("Qatar decided to expel two Iranian diplomats.", ("Qatar", "EXPELLED", "Iran")),
    ],
)
def test_a_decided_act_is_done_by_who_decided(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's plan to impose sanctions on Iran was shelved.",
        "Egypt's decision not to impose sanctions on Iran angered Israel.",
        "A decision by Egypt to impose sanctions on Iran is expected next week.",
        "Egypt reversed its decision to sanction Iran.",
        "Egypt will soon take a decision to sanction Iran.",
        "Egypt did not make a decision to sanction Iran.",
        "Egypt's attempt to sanction Iran failed.",
    ],
)
def test_a_planned_undone_or_denied_decision_is_nothing(read: Reader, text: str) -> None:
    assert not any(kind == "SANCTIONED" for _, kind, _ in triples(read(text)))
