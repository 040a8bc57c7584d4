"""A finite verb after "urged X to do ... and": the parser joins it to the infinitive, so it
looked as unasserted as the infinitive; it is the speaker's second act ("urged the rebels to
halt and called on Rwanda to withdraw"). Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Antony Blinken urged Hamas to accept the deal and called on Israel to allow more "
            "aid in.",
            ("Antony Blinken", "URGED", "Israel"),
        ),
        (
            "UN chief Antonio Guterres urged the rebels to halt their advance and called on "
            "Rwanda to withdraw its troops.",
            ("Antonio Guterres", "URGED", "Rwanda"),
        ),
        (
            "Antony Blinken urged Hamas to accept the deal and condemned Israel for the strike.",
            ("Antony Blinken", "CONDEMNED", "Israel"),
        ),
        (
            "Emmanuel Macron asked Vladimir Putin to spare the plant and accused Russia of "
            "shelling it.",
            ("Emmanuel Macron", "ACCUSED", "Russia"),
        ),
    ],
)
def test_a_second_past_verb_is_the_speakers_own_act(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a second infinitive stays what the first is: asked for, not done
        "Blinken urged Hamas to accept the deal and to release the hostages held in Gaza.",
        "Blinken urged Israel to halt the raids and condemn the settlers' attacks.",
        "Blinken hopes to meet Lavrov and to visit Ukraine.",
        # a refusal or threat keeps its own verb, not the one after "and"
        "Blinken threatened to sanction Iran and to expel its diplomats.",
    ],
)
def test_a_second_infinitive_is_still_only_asked_for(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(r in ("CONDEMNED", "RELEASED", "MET_WITH", "VISITED", "EXPELLED", "SANCTIONED")
                   for _, r, _ in found), found  # fmt: skip
