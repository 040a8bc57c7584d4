"""Labels the parser hangs on the object phrase of a calling rather than on the verb
("calling Quito's decision a disgrace", "called the French move a hostile act"), labels.py,
model-backed."""

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
            "Lavrov answered on Friday, calling Iran's decision a disgrace.",
            ("Sergey Lavrov", "Iran"),
        ),
        (
            "Lavrov answered on Friday, calling Tehran's move a surrender to Washington.",
            ("Sergey Lavrov", "Iran"),
        ),
        (
            "Speaking in Sochi, Lavrov called the U.S. move an unfriendly act aimed at Moscow.",
            ("Sergey Lavrov", "United States"),
        ),
        ('Lavrov called the Chinese stance "regrettable".', ("Sergey Lavrov", "China")),
    ],
)
def test_a_label_hung_on_the_object_condemns_the_acts_owner(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov answered on Friday, calling Iran's decision a relief.",
        "Lavrov answered on Friday, calling Tehran's move a step to Washington.",
        "Speaking in Sochi, Lavrov called the U.S. move a friendly act aimed at Moscow.",
        "Lavrov did not call Iran's decision a disgrace.",
        "Lavrov said it was regrettable that the talks with China had stalled.",
        "Lavrov urged Kyiv to surrender.",
    ],
)
def test_a_kind_or_denied_label_on_the_object_condemns_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))
