"""Help given to a side backs it: "keeps helping Kyiv", "helped Ecuador trace the hackers" (the
one helped is the subject of the bare infinitive). Helping an act with no side named, help
refused or only possible, and a relative clause whose noun is no object of "help" (a place
after "where", what an infinitive after "help to" acts on) give nothing."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Norway said it would keep helping Ukraine through the winter.", "Norway", "Ukraine"),
        ("Canada, which helped Ecuador trace the hackers, blamed Iran.", "Canada", "Ecuador"),
        ("Japan and Canada will help Vietnam build two new ports.", "Japan", "Vietnam"),
    ],
)
def test_help_given(extractor: Extractor, text: str, helper: str, helped: str) -> None:
    assert (helper, "SUPPORTED", helped) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway did not help Ukraine.",
        "Norway could help Ukraine if the parliament agreed.",
        "Norway said it was ready to help end the fighting between Ukraine and Russia.",
        "Chile welcomed the verdict against Peru, which Norway helped to bring about last year.",
        "The suspect flew home from Norway, where Danish police had helped with the inquiry.",
    ],
)
def test_no_help_given(extractor: Extractor, text: str) -> None:
    supported = {f for f in extracted_triples(extractor, text) if f[1] == "SUPPORTED"}
    assert not supported
