"""A third party's "both sides", "the two parties", "the warring parties"
(actors/conflict_sides.py): the pair the text sets against each other before it, never the last
pair of commentators, mediators or people who only met, never a pair holding the speaker; nobody
when no such pair is in reach. Sentences of our own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "speaker", "sides"),
    [
        (
            "Hamas and Fatah signed a reconciliation deal in Cairo. Egypt urged the two sides "
            "to implement it.",
            "Egypt",
            ("Hamas", "Fatah"),
        ),
        (
            "Armenia and Azerbaijan clashed along their border on Monday. Russia called on "
            "both sides to show restraint.",
            "Russia",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Talks between Israel and Hamas resumed in Doha. Qatar called on both sides to "
            "reach a deal.",
            "Qatar",
            ("Israel", "Hamas"),
        ),
        (
            "Fighting between Sudan's army and the Rapid Support Forces killed dozens. The "
            "African Union and the United Nations called for a ceasefire. Kenya urged both "
            "sides to lay down arms.",
            "Kenya",
            # the army fighting in its own name is a body of its own (described_bodies)
            ("Sudan's army", "Rapid Support Forces"),
        ),
        (
            "Egypt and Qatar mediated between Israel and Hamas. Turkey urged the two sides to "
            "stop the war.",
            "Turkey",
            ("Israel", "Hamas"),
        ),
        (
            "India and Pakistan exchanged fire across the Line of Control. China and Russia "
            "expressed concern. The United States urged both sides to de-escalate.",
            "United States",
            ("India", "Pakistan"),
        ),
        (
            "Ethiopia attacked Eritrea on Monday. The European Union and the African Union "
            "condemned the violence. Kenya called on the warring parties to talk.",
            "Kenya",
            ("Ethiopia", "Eritrea"),
        ),
        (
            "Serbia and Kosovo are locked in a dispute over licence plates. The European Union "
            "urged both sides to de-escalate.",
            "European Union",
            ("Serbia", "Kosovo"),
        ),
        (
            "Armenia and Azerbaijan clashed on Monday. Azerbaijan accused Russia of arming "
            "Armenia. Russia called on both sides to show restraint.",
            "Russia",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "YEREVAN, Nov 16 - Armenia and Azerbaijan agreed to a truce on Tuesday. The United "
            "States urged both sides to respect it.",
            "United States",
            ("Armenia", "Azerbaijan"),
        ),
        (
            # the parse hangs the list on the dateline's date, not on its place
            "LIMA, May 3 - Peru and Ecuador signed a truce on Sunday. Chile urged both sides "
            "to respect it.",
            "Chile",
            ("Peru", "Ecuador"),
        ),
        (
            "Indian and Chinese troops clashed in the Himalayas overnight. Russia urged both "
            "sides to pull back.",
            "Russia",
            ("India", "China"),
        ),
        (
            "Serbia and Kosovo are locked in a dispute over licence plates. Serbian President "
            "Aleksandar Vucic accused Kosovo Prime Minister Albin Kurti of provoking it. NATO "
            "urged both sides to show restraint.",
            "NATO",
            ("Serbia", "Kosovo"),
        ),
    ],
)
def test_an_addressed_pair_of_sides_is_the_pair_set_against_each_other(
    extractor: Extractor, text: str, speaker: str, sides: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    urged = {t for s, kind, t in found if s == speaker and kind == "URGED"}
    assert urged == set(sides)


@pytest.mark.parametrize(
    "text",
    [
        # commentators named as a pair are not the sides
        "The United Nations and the European Union condemned the fighting. Qatar called on "
        "both sides to stop.",
        # a minister and the counterpart he met
        "Russian Defence Minister Sergei Shoigu met Armenian Defence Minister Suren Papikyan "
        "in Moscow. The State Department urged both sides to respect the ceasefire.",
        # two mediators
        "Egypt and Qatar are mediating the talks. Turkey urged the two sides to agree.",
        # two leaders who spoke by phone
        "President Joe Biden and Prime Minister Benjamin Netanyahu spoke by phone. Egypt "
        "urged both sides to reach a truce.",
        # the text opposes nobody
        "Kenya hosted a regional summit on Monday. Uganda called on both parties to attend.",
        # negated and refused: the sides are found, the call is not made
        "Armenia and Azerbaijan clashed along their border. Russia did not urge both sides to "
        "stop.",
        "Armenia and Azerbaijan clashed along their border. Russia refused to urge both sides "
        "to stop.",
    ],
)
def test_no_opposed_pair_or_no_call_urges_nobody(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "URGED" for _, kind, _ in found)


def test_sides_acting_themselves_after_a_meeting_are_its_parties(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Kenya and Uganda called for calm in Sudan. Both sides urged Sudan to end the war.",
    )
    assert {("Kenya", "URGED", "Sudan"), ("Uganda", "URGED", "Sudan")} <= found
