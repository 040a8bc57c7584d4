"""A judgement tacked on after the clause it sums up (judged_tails.py): ", a verdict X denounced
as a sham" condemns the doer of the clause before the comma; ", an allegation X called
groundless" rejects the one who just made the accusation against X's side."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court in Moscow jailed Gershkovich for 16 years, a verdict Biden called a sham.",
            ("Biden", "Russia"),
        ),
        (
            "Pyongyang fired two missiles into the sea, a move Washington swiftly condemned.",
            ("United States", "North Korea"),
        ),
        (
            "Ethiopia expelled seven UN officials, a decision Antony Blinken called reckless.",
            ("Antony Blinken", "Ethiopia"),
        ),
        (
            "Israel closed the crossing, a step Egypt has condemned as collective punishment.",
            ("Egypt", "Israel"),
        ),
        ("Canberra called for an inquiry, a move Beijing decried.", ("China", "Australia")),
        (
            "Turkey shelled a village near Dohuk, a deadly strike that Baghdad condemned.",
            ("Iraq", "Turkey"),
        ),
        (
            "Russia bombed a hospital in Kharkiv, a brutal attack on civilians which Poland "
            "denounced as a war crime.",
            ("Poland", "Russia"),
        ),
        (
            "A Minsk court jailed the American teacher for nine years, a verdict that "
            "Washington's ambassador denounced as a mockery.",
            ("United States", "Belarus"),
        ),
    ],
)
def test_summed_act_condemned(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    source, target = expected
    assert (source, "CONDEMNED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang fired two ballistic missiles into the sea, a move Washington did not condemn.",
        "Israel closed the crossing on Sunday, a step Egypt described as temporary.",
        "Ethiopia expelled seven UN officials on Friday, a decision Antony Blinken called wise.",
        "Pyongyang fired two missiles into the sea, a move Washington welcomed.",
        "Russia sent troops to the border, a move the Kremlin described as a routine exercise.",
        "Moscow expelled two diplomats, a move Russia called unavoidable but regrettable.",
        "Turkey shelled a village near Dohuk, a deadly strike that Baghdad said killed nobody.",
        "Russia bombed a depot in Kharkiv, an attack that Poland described as expected.",
        "A Minsk court jailed the American teacher for nine years, a verdict Washington's "
        "ambassador called fair.",
    ],
)
def test_no_condemnation_of_a_summed_act(extractor: Extractor, text: str) -> None:
    assert not any(kind == "CONDEMNED" for _, kind, _ in extracted_triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        (
            "Russia said it would respond. Zelensky accused President Vladimir Putin of ordering "
            "the strike, an allegation Kremlin spokesman Dmitry Peskov called baseless.",
            True,
        ),
        (
            "Washington accused Beijing of hacking its networks, a charge Chinese officials have "
            "dismissed as baseless.",
            True,
        ),
        (
            "Russia said it would respond. Zelensky accused President Vladimir Putin of ordering "
            "the strike, an allegation Kremlin spokesman Dmitry Peskov called serious.",
            False,
        ),
    ],
)
def test_allegation_called_groundless(extractor: Extractor, text: str, rejected: bool) -> None:
    found = extracted_triples(extractor, text)
    made = {(s, t) for s, kind, t in found if kind == "REJECTED"}
    expected = {("Dmitry Peskov", "Zelensky"), ("China", "United States")}
    assert bool(made & expected) is rejected
