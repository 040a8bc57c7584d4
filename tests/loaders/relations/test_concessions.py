"""A concession set against a denied main clause is still asserted (relations/modality.py,
`_presupposed`): "X did not back the ceasefire, though it has pushed Israel to ...". Sentences
of our own wording; a concession that is itself denied, hedged or conditional stays out."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Germany did not attend the summit, although it urged Russia to talk.",
            ("Germany", "URGED", "Russia"),
        ),
        (
            "Washington does not back a ceasefire, though it has pushed Israel to protect "
            "civilians.",
            ("United States", "URGED", "Israel"),
        ),
        (
            "Germany did not attend the summit, though it met Sergei Lavrov.",
            ("Germany", "MET_WITH", "Sergei Lavrov"),
        ),
    ],
)
def test_a_concession_to_a_denied_clause_is_asserted(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany attended the summit, though it did not urge Russia to talk.",
        "Germany did not attend the summit, though it might urge Russia to talk.",
        "Germany will not attend the summit unless it urges Russia to talk.",
        "Germany did not urge Russia to talk, though it attended the summit.",
    ],
)
def test_a_denied_or_open_concession_is_not(extractor: Extractor, text: str) -> None:
    assert ("Germany", "URGED", "Russia") not in extracted_triples(extractor, text)
