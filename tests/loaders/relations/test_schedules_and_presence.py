"""Trips announced as expected with a date, presence told by where one spoke, and a judged
"decision" whose manner the parser hangs on it (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _visits(doc: Doc) -> dict[tuple[str, str], str]:
    names = {aid: a.name for aid, a in doc._.actors.items()}
    return {
        (names[r.source_id], names[r.target_id]): r.status.value
        for r in doc._.relations
        if r.type.value == "VISITED"
    }


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Blinken is expected to travel to Egypt on Tuesday.", "Antony Blinken", "Egypt"),
        ("Lavrov is expected to fly to Doha next week for talks.", "Sergey Lavrov", "Qatar"),
        (
            "Putin met Biden on Monday, and Blinken is expected in Moscow next week.",
            "Antony Blinken",
            "Russia",
        ),
    ],
)
def test_an_expected_trip_with_a_date_is_planned(
    read: Reader, text: str, person: str, state: str
) -> None:
    assert _visits(read(text)).get((person, state)) == "PLANNED"


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Blinken expected to travel to Egypt on Tuesday, aides said.", "Antony Blinken", "Egypt"),
        ("Blinken is expected to travel to Egypt at some point.", "Antony Blinken", "Egypt"),
        ("Blinken had been expected to travel to Egypt on Tuesday.", "Antony Blinken", "Egypt"),
        ("Blinken was expected in Moscow at some stage.", "Antony Blinken", "Russia"),
    ],
)
def test_a_hope_an_undated_or_an_overtaken_expectation_is_no_visit(
    read: Reader, text: str, person: str, state: str
) -> None:
    assert (person, state) not in _visits(read(text))


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Blinken said in Moscow that the talks had been frank.", "Antony Blinken", "Russia"),
        ("Lavrov told reporters in Beijing that the West was to blame.", "Sergey Lavrov", "China"),
        ("Blinken told a news conference in Cairo that aid would flow.", "Antony Blinken", "Egypt"),
    ],
)
def test_one_who_spoke_somewhere_was_there(
    read: Reader, text: str, person: str, state: str
) -> None:
    assert _visits(read(text)).get((person, state)) == "OCCURRED"


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Blinken announced aid for refugees in Egypt.", "Antony Blinken", "Egypt"),
        ("Blinken will say in Cairo next week that aid will flow.", "Antony Blinken", "Egypt"),
        ("Blinken said the talks in Moscow had been frank.", "Antony Blinken", "Russia"),
    ],
)
def test_a_place_of_others_or_a_future_speech_is_no_visit(
    read: Reader, text: str, person: str, state: str
) -> None:
    assert _visits(read(text)).get((person, state)) != "OCCURRED"


@pytest.mark.parametrize(
    "judged",
    [
        'condemned the decision "in the strongest terms"',
        "condemned the decision in a statement on Thursday",
    ],
)
def test_a_judged_decision_with_its_manner_is_the_lede_s_act(read: Reader, judged: str) -> None:
    text = f"Russia expelled ten diplomats from Ukraine on Wednesday.\n\nKyiv {judged}."
    assert ("Ukraine", "CONDEMNED", "Russia") in triples(read(text))


def test_a_decision_of_its_own_is_not_the_lede_s_act(read: Reader) -> None:
    text = (
        "Russia expelled ten diplomats from Ukraine on Wednesday.\n\n"
        "Kyiv condemned the decision in Brussels to delay the loan."
    )
    assert ("Ukraine", "CONDEMNED", "Russia") not in triples(read(text))
