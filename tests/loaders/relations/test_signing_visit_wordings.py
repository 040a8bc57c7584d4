"""Deals told as agreed or struck, deals still under negotiation, and arrivals told as touching
down or returning (model-backed; sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

SIGNED = "SIGNED_AGREEMENT_WITH"


def _signed(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, SIGNED, b) in found or (b, SIGNED, a) in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel agreed a ceasefire with Iran on Sunday.", ("Israel", "Iran")),
        ("Armenia and Azerbaijan agreed a truce on Wednesday.", ("Armenia", "Azerbaijan")),
        ("Egypt agreed the accord with Ethiopia after months of talks.", ("Egypt", "Ethiopia")),
        ("A prisoner swap was agreed between Russia and Washington.", ("Russia", "United States")),
        ("The ceasefire that Israel agreed with Egypt in May held.", ("Israel", "Egypt")),
        (
            "The deal Armenia struck with Azerbaijan last year has collapsed.",
            ("Armenia", "Azerbaijan"),
        ),
    ],
)
def test_a_deal_agreed_or_struck_with_a_party_is_signed(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert _signed(triples(read(text)), *pair)


@pytest.mark.parametrize(
    "text",
    [
        "Iran refused to agree a deal with Washington.",
        "Egypt did not agree the accord with Ethiopia.",
        "Talks on a deal between Armenia and Azerbaijan resumed on Monday.",
        "Negotiations over a truce between Israel and Egypt stalled.",
        "Qatar struck a conciliatory tone in talks on a deal between Uganda and Ethiopia.",
        "Russia agreed sanctions on Ukraine.",
    ],
)
def test_an_unmade_or_refused_deal_is_no_signing(read: Reader, text: str) -> None:
    assert not any(kind == SIGNED for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken touched down in Israel on Monday.", ("Antony Blinken", "Israel")),
        ("Lavrov touched down in Doha for talks.", ("Sergey Lavrov", "Qatar")),
        ("Lavrov returned from Egypt on Friday.", ("Sergey Lavrov", "Egypt")),
        ("Blinken returned from China empty-handed.", ("Antony Blinken", "China")),
        ("Putin returned to Moscow from Pyongyang.", ("Vladimir Putin", "North Korea")),
    ],
)
def test_touching_down_in_or_returning_from_a_state_is_a_visit(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "VISITED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Putin returned to Moscow on Friday.",
        "Lavrov did not return from Egypt.",
        "Blinken touched on China in his speech.",
        "Zelensky hopes to return from Washington with new weapons.",
    ],
)
def test_no_visit_without_coming_back_from_another_state(read: Reader, text: str) -> None:
    assert not any(kind == "VISITED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        "According to Qatar, the leaders of Armenia and Azerbaijan agreed on an end to the "
        "shelling and on dialogue.",
        "According to a statement, Armenia and Azerbaijan agreed on an end to violence and aid.",
    ],
)
def test_according_to_is_no_accord(read: Reader, text: str) -> None:
    assert not any(kind == SIGNED for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt signed an agreement on gas exports with Israel.", ("Egypt", "Israel")),
        ("Uganda inked a deal on security with Ethiopia.", ("Uganda", "Ethiopia")),
        (
            "Armenia and Azerbaijan said in a joint statement that talks went well.",
            ("Armenia", "Azerbaijan"),
        ),
        ("In a joint statement, Egypt and Qatar condemned the shelling.", ("Egypt", "Qatar")),
        ("A joint declaration by Russia and China called for calm.", ("Russia", "China")),
        ("Egypt said in a joint communique with Qatar that aid would flow.", ("Egypt", "Qatar")),
    ],
)
def test_a_deal_on_a_topic_and_a_joint_statement_name_their_parties(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert _signed(triples(read(text)), *pair)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt refused to sign a deal on gas with Israel.",
        "Armenia and Azerbaijan did not say in a joint statement that talks went well.",
        "Armenia and Azerbaijan are expected to say in a joint statement that talks went well.",
        "The joint statement by Russia and China was never published.",
        "Egypt said in a statement that Qatar and Israel must talk.",
    ],
)
def test_no_joint_statement_or_deal_on_a_topic_that_was_not_made(read: Reader, text: str) -> None:
    assert not any(kind == SIGNED for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken flew from Kyiv to Doha.", ("Antony Blinken", "Ukraine")),
        ("Lavrov arrived in Doha from Cairo on Monday.", ("Sergey Lavrov", "Egypt")),
        ("Kim travelled to Moscow from Beijing by train.", ("Kim Jong Un", "China")),
    ],
)
def test_travelling_from_another_state_was_a_visit_there(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "VISITED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Putin arrived from Moscow on Monday.",
        "Lavrov did not fly from Cairo.",
        "Drones flew from Iran on Monday.",
    ],
)
def test_coming_from_home_or_not_at_all_is_no_visit(read: Reader, text: str) -> None:
    assert not any(kind == "VISITED" for _, kind, _ in triples(read(text)))
