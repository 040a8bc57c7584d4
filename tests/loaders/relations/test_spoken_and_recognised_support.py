"""Two wordings of support (relations/spoken_for.py, the recognition frame in lexicon.py).

A leader who declares that his own side backs someone backs him too: "the chancellor said
Germany was fully supportive of Poland". And recognising a state's sovereignty or a state
backs that state: "Canada said it recognised Armenia's sovereignty". Sentences of our own
wording; a refused or denied recognition, recognising a need, and a speaker reporting another
side's backing stay silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "German Chancellor Olaf Scholz said Berlin was fully supportive of Poland.",
            "Olaf Scholz",
            "Poland",
        ),
        (
            "Japanese Prime Minister Fumio Kishida told reporters Tokyo was grateful to "
            "Australia for its help.",
            "Fumio Kishida",
            "Australia",
        ),
    ],
)
def test_a_leader_declaring_his_sides_support_supports_too(
    extractor: Extractor, text: str, speaker: str, target: str
) -> None:
    assert (speaker, "SUPPORTED", target) in extracted_triples(extractor, text)


def test_a_leader_reporting_another_sides_support_stays_silent(extractor: Extractor) -> None:
    text = "German Chancellor Olaf Scholz said Paris was fully supportive of Poland."
    triples = extracted_triples(extractor, text)
    assert ("Olaf Scholz", "SUPPORTED", "Poland") not in triples


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Canada said it recognised Armenia's sovereignty.", "Canada", "Armenia"),
        (
            "Portugal and Belgium said on Monday they would recognise a Palestinian state "
            "next month.",
            "Belgium",
            "Palestine",
        ),
    ],
)
def test_recognising_a_states_sovereignty_backs_it(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    assert (source, "SUPPORTED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade still refuses to recognise Kosovo's independence.",
        "Belgrade does not recognise Kosovo's statehood.",
        "The African Union recognised the need for Kosovo to hold talks with Belgrade.",
    ],
)
def test_refused_recognition_or_a_recognised_need_stays_silent(
    extractor: Extractor, text: str
) -> None:
    triples = extracted_triples(extractor, text)
    assert not any(rel == "SUPPORTED" for _, rel, _ in triples)
