"""A strike on sites a demonym marks as a side's ("struck two Iranian radar sites") is a strike
on that side; the demonym of a hyphenated participle ("Iranian-backed"), a threatened strike or
a trade measure is not. The whole extractor (the actor stage decides which demonyms it marks);
sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _attacked(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    found = extracted_triples(extractor, text)
    return {(s, t) for s, kind, t in found if kind == "ATTACKED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran condemned Israel on Saturday. Israeli jets had struck two Iranian radar "
            "sites overnight, the Israeli military said in a statement.",
            ("Israel", "Iran"),
        ),
        (
            "Armenia accused Azerbaijan of breaking the truce. Azerbaijan fired rockets at "
            "Armenian border posts on Tuesday.",
            ("Azerbaijan", "Armenia"),
        ),
        (
            "Russia condemned Ukraine on Monday. Late on Sunday, Ukraine's drones hit the "
            "Russian city of Belgorod.",
            ("Ukraine", "Russia"),
        ),
    ],
)
def test_sites_a_demonym_marks_are_the_sides(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _attacked(extractor, text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Iran condemned the United States. The United States struck Iranian-backed "
            "militia bases in Syria on Friday.",
            "Iran",
        ),
        (
            "Iran condemned Israel on Saturday. Israel threatened to strike Iranian nuclear "
            "sites if the talks failed.",
            "Iran",
        ),
    ],
)
def test_no_side_without_a_strike_on_its_own_sites(
    extractor: Extractor, text: str, side: str
) -> None:
    assert not {t for _, t in _attacked(extractor, text)} & {side}
