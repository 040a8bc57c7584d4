"""Words said to someone at a meeting or on a call are a meeting ("told Rouhani during a
meeting"); a stop on a tour is a visit ("stopped in Egypt", "rushed to Fiji for talks").
Whole extractor, sentences of our own wording, negatives beside the positives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Wang Yi told Hassan Rouhani during a meeting on Saturday that ties would grow.",
         "Wang Yi", "Hassan Rouhani"),
        ("Vladimir Putin assured Recep Tayyip Erdogan in a phone call that the deal would hold.",
         "Vladimir Putin", "Recep Tayyip Erdogan"),
        ("Antony Blinken warned Sergei Lavrov at their talks in Geneva that sanctions would "
         "follow an invasion.", "Antony Blinken", "Sergei Lavrov"),
        ("Joe Biden told Vladimir Putin at their summit that hacking must stop.", "Joe Biden",
         "Vladimir Putin"),
    ],
)  # fmt: skip
def test_words_said_to_someone_at_a_meeting_are_a_meeting(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    assert met(extracted_triples(extractor, text), a, b)


@pytest.mark.parametrize(
    "text",
    [
        # no meeting noun: a statement or a briefing to others
        "Antony Blinken warned Sergei Lavrov in a statement that sanctions would follow.",
        "Antony Blinken told reporters during a briefing that Sergei Lavrov had not called.",
        # negated or hypothetical
        "Antony Blinken did not tell Sergei Lavrov during the meeting about the plan.",
        "Antony Blinken would tell Sergei Lavrov at their next meeting that sanctions loom.",
    ],
)
def test_no_meeting_without_an_asserted_meeting(extractor: Extractor, text: str) -> None:
    assert not met(extracted_triples(extractor, text), "Antony Blinken", "Sergei Lavrov")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sergei Lavrov stopped in Egypt on his way to Uganda.", "Egypt"),
        ("Wang Yi arrived in Tehran after stopping in Saudi Arabia.", "Saudi Arabia"),
        ("Penny Wong rushed to Fiji on Thursday for talks with its prime minister.", "Fiji"),
    ],
)
def test_a_stop_on_a_tour_is_a_visit(extractor: Extractor, text: str, country: str) -> None:
    found = extracted_triples(extractor, text)
    assert any(kind == "VISITED" and target == country for _, kind, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sergei Lavrov did not stop in Egypt on his way to Uganda.",
        "The fighting stopped in Egypt's Sinai on Sunday.",
        "Russia rushed to condemn Egypt.",
        # cargo sent, or help given: no trip of the sender
        "The United States rushed weapons to Egypt after the attack.",
        "Britain hurried troops to Egypt.",
        "President Joe Biden rushed to Egypt's side.",
        "President Joe Biden went to Egypt's aid.",
    ],
)
def test_no_stop_no_visit(extractor: Extractor, text: str) -> None:
    assert not any(kind == "VISITED" for _, kind, _ in extracted_triples(extractor, text))


def test_members_named_after_the_talks_partners_are_not_held(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Joe Biden held talks with European leaders, among them Rishi Sunak and Olaf Scholz.",
    )
    assert met(found, "Joe Biden", "Rishi Sunak")
    assert met(found, "Joe Biden", "Olaf Scholz")
    assert not any(kind == "DETAINED" for _, kind, _ in found)
