"""Abuse named as a noun condemns its target: "derogatory posts about Modi by three ministers,
A, B and C" (lexicon: a slur word on a remark noun; noun_frames: the by-phrase the parser hung
on the name, or as a second agent of a passive)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The row was triggered by derogatory posts about Volodymyr Zelensky by two "
            "Russian lawmakers, Anna Berg and Tom Keller.",
            {("Anna Berg", "Volodymyr Zelensky"), ("Tom Keller", "Volodymyr Zelensky")},
        ),
        (
            "The protest was prompted by abusive remarks about Joe Biden by Russian Foreign "
            "Minister Sergey Lavrov.",
            {("Sergey Lavrov", "Joe Biden")},
        ),
        (
            "Russian Foreign Minister Sergey Lavrov's insulting comments about Volodymyr "
            "Zelensky caused a row.",
            {("Sergey Lavrov", "Volodymyr Zelensky")},
        ),
        (
            "Kyiv summoned the envoy over offensive tweets about Ukraine by Sergey Lavrov.",
            {("Sergey Lavrov", "Ukraine")},
        ),
    ],
)
def test_abusive_remarks_condemn(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extracted_triples(extractor, text)
    assert {(s, t) for s, kind, t in found if kind == "CONDEMNED"} >= expected


@pytest.mark.parametrize(
    "text",
    [
        "Sergey Lavrov made warm remarks about Volodymyr Zelensky.",
        "Sergey Lavrov denied making derogatory remarks about Volodymyr Zelensky.",
        "Derogatory remarks about Volodymyr Zelensky circulated online.",
    ],
)
def test_no_condemnation_from_remarks(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "CONDEMNED" and t == "Volodymyr Zelensky" for _, kind, t in found)
