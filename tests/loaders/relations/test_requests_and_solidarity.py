"""Urging and support in wordings news uses besides the verbs of the tables: "asked X for help",
"gave X its backing", an act done "in solidarity with X" / "in support of X", and "statements of
solidarity with X" (the stance voiced in a statement). Each with the near miss that must stay
silent: a hope, a negation, "asked X for nothing"."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source", "kind", "target"),
    [
        ("Armenia asked Russia for military help on Tuesday.", "Armenia", "URGED", "Russia"),
        ("Kyiv has asked Germany for more air defence systems.", "Ukraine", "URGED", "Germany"),
        ("Canada gave Ukraine its firm backing on Friday.", "Canada", "SUPPORTED", "Ukraine"),
        (
            "Lithuania, in solidarity with Latvia, recalled its envoy from Minsk.",
            "Lithuania",
            "SUPPORTED",
            "Latvia",
        ),
        (
            "Jordan and Kuwait issued statements of solidarity with Egypt on Monday.",
            "Kuwait",
            "SUPPORTED",
            "Egypt",
        ),
    ],
)
def test_urged_and_supported(
    extractor: Extractor, text: str, source: str, kind: str, target: str
) -> None:
    assert (source, kind, target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Armenia may ask Russia for military help.", "URGED"),
        ("Hungary said it had asked Brussels for nothing in exchange.", "URGED"),
        ("Canada did not give Ukraine its backing.", "SUPPORTED"),
        ("Lithuania hopes to recall its envoy in solidarity with Latvia.", "SUPPORTED"),
        ("Jordan refused to issue a statement of solidarity with Egypt.", "SUPPORTED"),
    ],
)
def test_no_urging_or_support(extractor: Extractor, text: str, kind: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == kind}
