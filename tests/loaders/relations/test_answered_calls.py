"""A call someone ignores, rejects or bows to was made of them (relations/answered_calls.py).
Sentences of our own wording; a call with no maker or no answerer named, a denied or hedged answer
and a call the answerer made himself give nothing."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "makers", "answerer"),
    [
        (
            "Russia ignored repeated calls from Germany to release the journalist.",
            ("Germany",),
            "Russia",
        ),
        ("Iran rejected France's demand that Tehran free the two men.", ("France",), "Iran"),
        ("Moscow dismissed U.S. calls for a ceasefire.", ("United States",), "Russia"),
        (
            "Egypt has ignored calls from the United States and Germany for his release.",
            ("United States", "Germany"),
            "Egypt",
        ),
        (
            "Israel bowed to pressure from Washington and reopened the crossing.",
            ("United States",),
            "Israel",
        ),
        ("Tehran defied demands from Paris to halt enrichment.", ("France",), "Iran"),
        ("Germany's repeated appeals were ignored by Russia.", ("Germany",), "Russia"),
    ],
)
def test_who_answers_a_call_was_urged_by_its_maker(
    extractor: Extractor, text: str, makers: tuple[str, ...], answerer: str
) -> None:
    found = extracted_triples(extractor, text)
    assert all((m, "URGED", answerer) in found for m in makers)


@pytest.mark.parametrize(
    "text",
    [
        "Russia ignored calls for calm.",
        "Germany's calls were ignored.",
        "Russia did not ignore calls from Germany.",
        "Russia may ignore calls from Germany.",
        "Russia ignored its own calls for restraint.",
        "Egypt welcomed calls from Germany for a truce.",
    ],
)
def test_no_urging_of_the_answerer_without_an_answered_call_by_another(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(k == "URGED" and t in ("Russia", "Egypt") for _, k, t in found)
