"""Condemnations of an act whose doer is told elsewhere: a veto or measures told before
(bridging.py), an act called "reprehensible" (a pejorative label), a remark judged in a tail
after a comma (judged_tails.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia vetoed the draft text at the Security Council on Friday. "
            "Blinken condemned the veto on Saturday.",
            ("Antony Blinken", "CONDEMNED", "Russia"),
        ),
        (
            "NATO imposed new restrictions and sanctions on Iran on Monday. "
            "Tehran condemned the measures as illegal.",
            ("Iran", "CONDEMNED", "NATO"),
        ),
        (
            "Iran executed two young protesters on Monday after closed trials. "
            "Blinken called the executions reprehensible.",
            ("Antony Blinken", "CONDEMNED", "Iran"),
        ),
        (
            "Biden called Putin a killer on Monday, a remark the Kremlin condemned as reckless.",
            ("Russia", "CONDEMNED", "Joe Biden"),
        ),
    ],
)
def test_the_act_s_doer_is_condemned(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # two vetoes by different doers: whose veto is meant is not told
        "Russia vetoed the first draft on Friday. China vetoed a second draft on Saturday. "
        "Blinken condemned the veto.",
        # sanctions only asked about, never told as imposed
        "Would NATO impose sanctions on Iran? Tehran condemned the measures as illegal.",
        # no damning label
        "Iran executed two young protesters on Monday. Blinken called the executions unsurprising.",
        # a lede with no expulsion: "the expulsion" is nobody's told act
        "Ethiopia and Egypt signed a water deal on Monday. Trade between the two has fallen. "
        "Cairo called the expulsion unjustified.",
        # a remark welcomed, and an allegation called false (a rejection, not a condemnation)
        "Biden praised Putin on Monday, a remark the Kremlin welcomed.",
        "Biden accused Putin of lying on Monday, an allegation the Kremlin called false.",
    ],
)
def test_no_doer_condemned(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not any(kind == "CONDEMNED" and src != "Joe Biden" for src, kind, _ in found), found
