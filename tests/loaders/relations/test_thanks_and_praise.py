"""Support read from praise heaped on someone ("heaped praise on X" backs X), and an object two
joined verbs share ("has armed and trained the rebels") is the first verb's too.

(Thanks "for their help" are not read as the helper's support: the gold of eval/dev counts it
once in twenty-five.)"""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Erdogan heaped praise on Azerbaijani President Ilham Aliyev on Monday.",
            ("Erdogan", "SUPPORTED", "Ilham Aliyev"),
        ),
        (
            "Russia, which has armed and trained the Wagner fighters, denied it.",
            ("Russia", "SUPPORTED", "Wagner Group"),
        ),
    ],
)
def test_support_read(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in extracted_triples(extractor, text)


def test_a_second_verb_with_its_own_subject_keeps_its_object(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Britain condemned and Germany sanctioned Belarus.")
    assert ("United Kingdom", "SANCTIONED", "Belarus") not in found
