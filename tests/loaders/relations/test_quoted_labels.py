"""A quoted label the parser makes a clause of its own ('called the plan "utterly reckless"'),
and insults and words of displeasure of the lexicon ("a stone cold loser", "an unwelcome step"):
the label still pins its object (labels.py, lexicon.NEGATIVE_LABELS)."""

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
            "Iran announced on Monday that it would expand its enrichment of uranium. "
            'French Foreign Minister Jean-Yves Le Drian called the announcement "an unwelcome '
            'escalation".',
            ("Jean-Yves Le Drian", "Iran"),
        ),
        (
            "Polish Foreign Minister Radoslaw Sikorski called Russia's move "
            '"unprecedentedly brazen".',
            ("Radoslaw Sikorski", "Russia"),
        ),
    ],
)
def test_a_label_condemns_its_bearer(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in extracted_triples(extractor, text)


def test_a_bare_label_of_praise_condemns_nobody(extractor: Extractor) -> None:
    text = 'Polish Foreign Minister Radoslaw Sikorski called Russia\'s offer "unusually frank".'
    found = extracted_triples(extractor, text)
    assert ("Radoslaw Sikorski", "CONDEMNED", "Russia") not in found
