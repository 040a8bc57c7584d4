"""Who speaks through plural offices and what acts a demonym names: "the foreign ministers of
the US, Britain and Canada condemned ..." is those states; "the Turkish operations", "the
Chinese crackdown" are those states' doing; a statement of many governments is no deal each made
with every other."""

from __future__ import annotations

import itertools

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "The foreign ministers of Britain and Canada condemned Myanmar.",
            {("United Kingdom", "CONDEMNED", "Myanmar"), ("Canada", "CONDEMNED", "Myanmar")},
        ),
        (
            "The defence ministers of Japan and Australia urged China to show restraint.",
            {("Japan", "URGED", "China"), ("Australia", "URGED", "China")},
        ),
        (
            "The presidents of Kenya and Ghana praised the African Union.",
            {("Kenya", "SUPPORTED", "African Union"), ("Ghana", "SUPPORTED", "African Union")},
        ),
    ],
)
def test_plural_offices_of_named_states_are_the_states(
    extractor: Extractor, text: str, right: set[tuple[str, str, str]]
) -> None:
    assert right <= extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The former presidents of Colombia condemned Maduro.",
        "Putin held talks with his Iranian and Turkish counterparts in Tehran.",
    ],
)
def test_offices_that_speak_for_no_state(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(s in ("Colombia", "Iran", "Turkey") for s, _, _ in found)
    assert not any(t in ("Iran", "Turkey") for _, _, t in found)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Egypt condemned the Turkish military operation in northern Iraq.",
            ("Egypt", "CONDEMNED", "Turkey"),
        ),
        (
            "Britain condemned the Chinese crackdown in Hong Kong.",
            ("United Kingdom", "CONDEMNED", "China"),
        ),
        ("Egypt condemned the Russian bombing of Kharkiv.", ("Egypt", "CONDEMNED", "Russia")),
        ("Ukraine denounced the Russian annexation.", ("Ukraine", "CONDEMNED", "Russia")),
    ],
)
def test_a_states_act_named_by_its_demonym(
    extractor: Extractor, text: str, right: tuple[str, str, str]
) -> None:
    assert right in extracted_triples(extractor, text)


def test_an_operation_is_not_always_condemned(extractor: Extractor) -> None:
    assert not extracted_triples(extractor, "Turkey began a rescue operation in the Aegean.")


def test_a_statement_of_many_governments_is_no_deal_among_them(extractor: Extractor) -> None:
    states = ["United States", "United Kingdom", "Australia", "Canada", "Japan", "Norway"]
    text = (
        "In a joint statement, the foreign ministers of the United States, Britain, Australia, "
        "Canada, Japan and Norway condemned the executions by Myanmar."
    )
    found = extracted_triples(extractor, text)
    assert {(s, "CONDEMNED", "Myanmar") for s in states} <= found
    pairs = {(a, "SIGNED_AGREEMENT_WITH", b) for a, b in itertools.permutations(states, 2)}
    assert not pairs & found


def test_a_statement_of_three_is_signed_by_each(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "In a joint statement, Russia, Iran and Turkey condemned Israeli strikes."
    )
    signed = {frozenset((s, t)) for s, rel, t in found if rel == "SIGNED_AGREEMENT_WITH"}
    assert signed == {frozenset(p) for p in itertools.combinations(["Russia", "Iran", "Turkey"], 2)}


def test_officials_in_a_capital_speak_for_its_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Russia shelled Ukraine overnight. Officials in Kyiv accused Moscow of it."
    )
    assert ("Ukraine", "ACCUSED", "Russia") in found


@pytest.mark.parametrize(
    "text",
    [
        # whose officials they are is said: where they sit is only a place
        "Iran struck Iraq. U.S. officials in Baghdad condemned the attack by Iran.",
        "Iran struck Iraq. Officials in the region condemned the attack by Iran.",
    ],
)
def test_officials_placed_but_not_seated(extractor: Extractor, text: str) -> None:
    assert ("Iraq", "CONDEMNED", "Iran") not in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Treasury sanctioned three Iranian officials and Iran itself.",
        "The Treasury Department sanctioned Iran.",
    ],
)
def test_the_treasury_speaks_for_washington(extractor: Extractor, text: str) -> None:
    assert ("United States", "SANCTIONED", "Iran") in extracted_triples(extractor, text)
