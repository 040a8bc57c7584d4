""" "X said the move was rash and rejected Y": the second act is the speaker's, though the parser
joins it to the judged clause (said_and_did.py), on sentences of our own wording
(model-backed)."""

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
            "Lavrov said the decision was hasty and dismissed Washington's accusation as baseless.",
            ("Sergey Lavrov", "REJECTED", "United States"),
        ),
        (
            "Zelensky said the vote was a sham and condemned Moscow.",
            ("Volodymyr Zelensky", "CONDEMNED", "Russia"),
        ),
        (
            "The Kremlin said the report was biased and rejected the accusations by Kyiv.",
            ("Russia", "REJECTED", "Ukraine"),
        ),
    ],
)
def test_the_act_after_a_judged_clause_is_the_speakers(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said the move was hasty and did not condemn Moscow.",
        "Blinken said the decision angered Moscow and condemned nobody.",
    ],
)
def test_a_negated_act_or_no_target_gives_nothing(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))
