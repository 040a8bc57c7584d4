"""A call as a noun urges the subject of the clause it asks for (relations/call_nouns.py):
"Germany's call for Israel to open the crossing". Sentences of our own wording; a call with no
maker, a denied or absent call, a hope, and a maker called on himself give nothing."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "makers", "called"),
    [
        ("Egypt welcomed Germany's call for Israel to open the crossing.", ("Germany",), "Israel"),
        ("Iran rejected France's demand that Tehran free the two men.", ("France",), "Iran"),
        ("Ethiopia dismissed a U.S. call for Addis Ababa to sign.", ("United States",), "Ethiopia"),
        (
            "The United States joined Germany's call for Iran to release the tanker.",
            ("Germany", "United States"),
            "Iran",
        ),
        (
            "Germany renewed its appeal for Russia and Belarus to free the prisoners.",
            ("Germany",),
            "Belarus",
        ),
    ],
)
def test_a_call_urges_the_subject_of_the_clause_it_asks_for(
    extractor: Extractor, text: str, makers: tuple[str, ...], called: str
) -> None:
    found = extracted_triples(extractor, text)
    assert all((m, "URGED", called) in found for m in makers)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt welcomed calls for Israel to open the crossing.",
        "Germany denied making any call for Israel to open the crossing.",
        "Germany made no call for Israel to withdraw.",
        "Egypt welcomed Germany's hope that Israel would open the crossing.",
    ],
)
def test_no_urging_without_a_made_call_by_a_named_maker(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(k == "URGED" and t == "Israel" for _, k, t in found)
