"""Sanctions and attacks in wordings news uses, on sentences of our own wording (model-backed).

Each positive reading sits next to the negatives that must not fire: threats, refusals,
hypotheticals, denials and claims the text does not adopt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Australia", "COUNTRY", "AUS", ("Canberra", "Australian")),
    ("United Kingdom", "COUNTRY", "GBR", ("Britain", "London", "British")),
    ("Myanmar", "COUNTRY", "MMR", ()),
    ("Lithuania", "COUNTRY", "LTU", ("Vilnius",)),
    ("Turkey", "COUNTRY", "TUR", ("Ankara", "Turkish")),
    ("India", "COUNTRY", "IND", ("New Delhi", "Indian")),
    ("Hezbollah", "ORGANIZATION", None, ()),
    ("Niger", "COUNTRY", "NER", ("Niamey",)),
    ("Syria", "COUNTRY", "SYR", ("Damascus",)),
    ("African Union", "ORGANIZATION", None, ("AU",)),
    ("Arab League", "ORGANIZATION", None, ()),
    ("European Union", "ORGANIZATION", None, ("EU", "bloc")),
    ("Ivan Petrov", "PERSON", "RUS", ("Petrov",)),
    ("Lebanon", "COUNTRY", "LBN", ("Beirut", "Lebanese")),
    ("Pakistan", "COUNTRY", "PAK", ("Islamabad", "Pakistani")),
]


@pytest.fixture(scope="module")
def read(nlp: Language) -> Reader:
    """The shared table with the states these sentences name besides."""
    return make_reader(nlp, [*ACTORS, *_MORE])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australia placed sanctions on three Iranian officials.", ("Australia", "Iran")),
        ("Britain put an embargo on Myanmar last year.", ("United Kingdom", "Myanmar")),
        ("China cut off trade with Lithuania in December.", ("China", "Lithuania")),
        ("Turkey suspended all trade with Israel on Thursday.", ("Turkey", "Israel")),
        ("The EU cut Iranian banks off from SWIFT.", ("European Union", "Iran")),
        ("The EU disconnected Russia from the payments system.", ("European Union", "Russia")),
        ("The African Union suspended Niger from the bloc.", ("African Union", "Niger")),
        ("The Arab League suspended Syria's membership in 2011.", ("Arab League", "Syria")),
        ("The bloc suspended all financial transactions with Niger.", ("European Union", "Niger")),
    ],
)
def test_measures_placed_on_or_trade_cut_with_a_state_sanction_it(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "SANCTIONED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey threatened to suspend trade with Israel.",
        "China refused to cut off trade with Russia.",
        "Australia would place sanctions on Iran if talks failed.",
        "Britain placed a wreath on the memorial with France.",
        "Turkey resumed trade with Israel.",
        "The EU refused to cut Russian banks off from SWIFT.",
        "The African Union threatened to suspend Niger from the bloc.",
        "The ministry suspended Petrov from his post.",
        "Russia suspended its membership of the treaty.",
        "Russia cut off gas supplies to Europe.",
    ],
)
def test_no_sanction_without_a_measure_taken(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "SANCTIONED"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey shot down a Russian warplane in 2015.", ("Turkey", "Russia")),
        ("Russia downed a Ukrainian plane near the border.", ("Russia", "Ukraine")),
        ("Russia said it had shot down a Ukrainian drone.", ("Russia", "Ukraine")),
        ("Ukraine's drones hit a Russian refinery overnight.", ("Ukraine", "Russia")),
        ("Ukrainian drones struck a Russian air base.", ("Ukraine", "Russia")),
        ("A Russian drone hit a Ukrainian port on Sunday.", ("Russia", "Ukraine")),
        ("Ukraine's soldiers fought against Russian forces near the city.", ("Ukraine", "Russia")),
        ("Russia's bombardment of Ukraine went on all night.", ("Russia", "Ukraine")),
        ("Pakistan conducted strikes inside Iran on Thursday.", ("Pakistan", "Iran")),
        ("Israel launched a raid inside Lebanon.", ("Israel", "Lebanon")),
        ("Israel seized Lebanese territory near the border.", ("Israel", "Lebanon")),
        ("Russia captured Ukrainian territory in 2014.", ("Russia", "Ukraine")),
    ],
)
def test_craft_shot_down_and_sites_struck_are_attacks_on_their_state(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ATTACKED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Clashes between Armenia and Azerbaijan killed 20 soldiers.", ("Armenia", "Azerbaijan")),
        ("Deadly clashes between Indian and Chinese troops erupted.", ("India", "China")),
        ("Skirmishes between Israel and Hezbollah killed four.", ("Israel", "Hezbollah")),
    ],
)
def test_clashes_between_two_sides_go_both_ways(
    read: Reader, text: str, sides: tuple[str, str]
) -> None:
    found = triples(read(text))
    assert (sides[0], "ATTACKED", sides[1]) in found
    assert (sides[1], "ATTACKED", sides[0]) in found


@pytest.mark.parametrize(
    "text",
    [
        "Russia could shoot down NATO jets, Medvedev warned.",
        "Iran denied shooting down a Ukrainian plane.",
        "Russia accused Ukraine of shooting down its own plane.",
        "North Korea threatened to shoot down American spy planes.",
        "Talks between India and China on the border resumed.",
        "China held military drills near Taiwan.",
        "Ukraine fought against corruption for years.",
        "Russia threatened to capture Ukrainian territory.",
        "Pakistan denied conducting strikes inside Iran.",
        "Blinken visited the Ukrainian city of Lviv.",
        "Ukraine refused to fight against Russian forces in Belarus.",
        "The two sides commit to ending hostilities and respecting each other's borders.",
    ],
)
def test_no_attack_threatened_denied_or_claimed(read: Reader, text: str) -> None:
    assert not [t for t in triples(read(text)) if t[1] == "ATTACKED"]
