"""States that "clashed over" a topic quarrelled; troops that clashed fought. Sentences of our
own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and the United States clashed over the purchase of Russian missiles.",
        "Erdogan will meet Biden, their first talks since the two countries clashed over the "
        "S-400 deal.",
        "India and China clashed about the wording of the final communique.",
    ],
)
def test_clashing_over_a_topic_is_a_quarrel(extractor: Extractor, text: str) -> None:
    assert not any(r == "ATTACKED" for _, r, _ in extracted_triples(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Chinese troops clashed in the Galwan valley on Monday.",
        "Indian and Chinese troops clashed over the weekend in the Galwan valley.",
        "Clashes between India and China over the border left 20 soldiers dead.",
    ],
)
def test_troops_that_clash_fight(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("India", "ATTACKED", "China") in found
    assert ("China", "ATTACKED", "India") in found
