"""A condemned event noun reaches its doer only when the story is unambiguous (bridging.py):
one doer of that kind of act in reach, never the condemner's own side, never a hypothetical act
or across an act by someone the text does not name. Model-backed, own sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def _condemned(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    found = extracted_triples(extractor, text)
    return {(s, t) for s, kind, t in found if kind == "CONDEMNED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang fired two ballistic missiles into the sea on Thursday. Tokyo lodged a "
            "protest through its embassy in Beijing. Seoul condemned the launch.",
            {("South Korea", "North Korea")},
        ),
        (
            "Azerbaijan began a military offensive in Karabakh on Tuesday. Armenia appealed to "
            "Moscow for help. France condemned the offensive.",
            {("France", "Azerbaijan")},
        ),
        # the reacting side's own act in between is not the one it condemns
        (
            "Iran launched drones at Israel on Saturday. Israel struck an Iranian air base on "
            "Sunday. Israeli Foreign Minister Israel Katz condemned the attack.",
            {("Israel Katz", "Iran")},
        ),
        # the same doer told twice is one story
        (
            "Russia fired missiles at Kyiv on Monday. Russian jets also struck Lviv overnight. "
            "Egypt condemned the strikes.",
            {("Egypt", "Russia")},
        ),
        # several doers of one act
        (
            "Russian and Belarusian police detained dozens of protesters on Sunday. U.S. "
            "Secretary of State Antony Blinken condemned the detentions.",
            {("Antony Blinken", "Russia"), ("Antony Blinken", "Belarus")},
        ),
        # a plural noun takes up the acts one sentence tells of
        (
            "Russian police detained two activists, and Belarusian police detained a journalist. "
            "U.S. Secretary of State Antony Blinken condemned the detentions.",
            {("Antony Blinken", "Russia"), ("Antony Blinken", "Belarus")},
        ),
        # a hypothetical strike is no report: the act before it is the one condemned
        (
            "Iran fired missiles at Israel on Tuesday. Asked whether he would back an Israeli "
            "strike on Iran, Biden said no. Egypt condemned the attack.",
            {("Egypt", "Iran")},
        ),
        # an act told as the background of another is no rival of it
        (
            "Iran fired missiles at Israel on Tuesday in retaliation for Israeli strikes on "
            "Beirut. Egypt condemned the attack.",
            {("Egypt", "Iran")},
        ),
        (
            "Iran fired missiles at Israel on Tuesday. Tehran named a general who died in an "
            "Israeli strike last week. Egypt condemned the attack.",
            {("Egypt", "Iran")},
        ),
        # a state and its own leader told as doers are one side: the latest report names it
        (
            "Russia fired missiles at Kyiv on Monday. Russian President Vladimir Putin said on "
            "Tuesday that he had ordered the strikes. Egypt condemned the strikes.",
            {("Egypt", "Vladimir Putin")},
        ),
        (
            "Russian President Vladimir Putin ordered a missile attack on Odesa on Friday. "
            "Russian jets also struck Kharkiv overnight. Qatar condemned the strikes.",
            {("Qatar", "Russia")},
        ),
        # an act named with its doer by "by" is a report of it
        (
            "Egypt hosted talks on Monday. A massive missile attack by Iran hit Haifa overnight. "
            "Qatar condemned the assault.",
            {("Qatar", "Iran")},
        ),
    ],
)
def test_one_doer_in_reach_is_the_one_condemned(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    found = _condemned(extractor, text)
    assert expected <= found
    assert not {(s, t) for s, t in found if s in {e[0] for e in expected}} - expected


@pytest.mark.parametrize(
    "text",
    [
        # two doers of the same kind of act: which one is meant?
        "Russia struck a power plant in Kharkiv. Ukraine attacked an oil depot in Belgorod with "
        "drones. Egypt condemned the attack.",
        "Russian police detained two activists on Friday. Belarusian police detained a "
        "journalist on Saturday. U.S. Secretary of State Antony Blinken condemned the detention.",
        # a leader and another state are two sides, not one
        "Russian President Vladimir Putin ordered strikes on Kharkiv on Friday. Ukraine struck an "
        "oil depot in Belgorod with drones on Saturday. Egypt condemned the strikes.",
        # the latest such act is by someone the text does not name
        "Iran fired missiles at Israel on Saturday. On Monday, gunmen attacked a checkpoint "
        "in the north. Egypt condemned the attack.",
        # the act's doers are in its own phrase
        "Ukraine struck a bridge in Crimea on Monday. Egypt condemned the strikes carried out by "
        "the rebels.",
        # an act told as a hypothetical is no earlier report
        "Asked whether he would back an Israeli strike on Iran, Biden said no. Egypt "
        "condemned the attack.",
    ],
)
def test_an_ambiguous_story_condemns_nobody(extractor: Extractor, text: str) -> None:
    found = _condemned(extractor, text)
    assert not {(s, t) for s, t in found if s in ("Egypt", "Antony Blinken")}
