"""A participle of backing set off by a comma says who backs the main clause's subject
(relations/backed.py): "the president clung to power, backed by allies including Iran and
Qatar". Sentences of our own wording; a participle with its own conjunction ("if backed by")
stays silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        (
            "Russian President Vladimir Putin has stayed in power for two decades, backed by "
            "partners including China and Iran.",
            "China",
            "Vladimir Putin",
        ),
        (
            "Russian President Vladimir Putin has stayed in power for two decades, backed by "
            "partners including China and Iran.",
            "Iran",
            "Vladimir Putin",
        ),
        (
            "Backed by Egypt, Sudanese army chief Abdel Fattah al-Burhan rejected the truce.",
            "Egypt",
            "Abdel Fattah al-Burhan",
        ),
    ],
)
def test_a_comma_participle_backs_the_main_subject(
    extractor: Extractor, text: str, backer: str, backed: str
) -> None:
    assert (backer, "SUPPORTED", backed) in extracted_triples(extractor, text)


def test_a_conditional_participle_stays_silent(extractor: Extractor) -> None:
    text = (
        "Sudanese army chief Abdel Fattah al-Burhan said he would accept talks if backed by Egypt."
    )
    triples = extracted_triples(extractor, text)
    assert ("Egypt", "SUPPORTED", "Abdel Fattah al-Burhan") not in triples
