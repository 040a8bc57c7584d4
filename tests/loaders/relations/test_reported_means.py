"""Wrongs a speaker reports in less direct shapes (reported.py, said_and_did.py): a means put to
a wrong ("used it to kill"), an attempt at a harm ("trying to destroy"), a state of breach, a
theft or harassment, and a blame joined to a judging clause. Sentences of our own wording
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
        ("Qatar said Iranian agents had used a drone to attack the tanker.", ("Qatar", "Iran")),
        ("Egypt said Israel had picked the night to strike the camp.", ("Egypt", "Israel")),
        (
            "Zelensky said Moscow was trying to destroy his country.",
            ("Volodymyr Zelensky", "Russia"),
        ),
        (
            "Blinken said Russia had been in breach of the treaty for years.",
            ("Antony Blinken", "Russia"),
        ),
        ("Keller said Chinese hackers had stolen designs from the firm.", ("Tom Keller", "China")),
        ("Qatar said Iranian boats had harassed a cargo ship.", ("Qatar", "Iran")),
        (
            "Berg said the famine was man-made and blamed Ethiopia for the blockade.",
            ("Anna Berg", "Ethiopia"),
        ),
    ],
)
def test_reported_wrong_accuses_its_doer(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Qatar said Iran wanted to attack the tanker.",
        "Egypt said Israel had picked the night to visit the camp.",
        "Zelensky said Moscow was not trying to destroy his country.",
        "Blinken said the strike destroyed a depot.",
        "Blinken said Russia had been in talks for years.",
        "Keller said Chinese firms had bought designs from the company.",
        "Qatar said Iranian boats may have harassed a cargo ship.",
    ],
)
def test_no_wrong_told_accuses_nobody(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "ACCUSED"]
