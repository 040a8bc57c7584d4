"""An act noun names its doer with "of" or "by" as well as with "'s": "condemned the hostile
actions of Russia" (lexicon.THROUGH_PREP), on sentences of our own wording (model-backed)."""

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
        ("NATO condemns the actions of Russia.", ("NATO", "CONDEMNED", "Russia")),
        (
            'NATO said it "strongly condemns the hostile actions of Russia" and raised its '
            "alert level.",
            ("NATO", "CONDEMNED", "Russia"),
        ),
        ("Egypt denounced the provocations of Israel.", ("Egypt", "CONDEMNED", "Israel")),
        (
            "Blinken criticised the conduct of Beijing at sea.",
            ("Antony Blinken", "CONDEMNED", "China"),
        ),
    ],
)
def test_the_doer_of_an_act_named_with_of(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "NATO did not condemn the actions of Russia.",
        "Egypt condemned the actions of the militants in Gaza.",
        "Blinken criticised the conduct of the talks.",
    ],
)
def test_no_condemnation_when_negated_or_the_doer_is_no_actor(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))
