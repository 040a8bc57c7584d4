"""A definite claim noun refers back to who made the claim (loaders/relations/said_before.py)."""

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
            "Blinken said Tehran was arming the militias. Iran rejected the claim on Sunday.",
            ("Iran", "Antony Blinken"),
        ),
        (
            "NATO issued a statement on the drills. A day later Moscow dismissed the statement.",
            ("Russia", "NATO"),
        ),
        (
            "Egypt proposed a three-day truce in Gaza. Israel turned the proposal down.",
            ("Israel", "Egypt"),
        ),
        (
            "An Iranian report concluded that Baku had armed the rebels. Azerbaijan rejected "
            "the finding.",
            ("Azerbaijan", "Iran"),
        ),
    ],
)
def test_the_claim_rejected_is_who_made_it_before(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite claim may be anybody's
        "Blinken said Tehran was arming the militias. Iran rejected claims of meddling.",
        # the charges were named, but by nobody
        "Keller faces spying charges. Keller denies the charges.",
        # one's own side's words
        "Lavrov said the talks had failed. The Kremlin did not reject the claim.",
        "Lavrov said the talks had failed. The Kremlin rejected the claim.",
        # too far back: three sentences between (a saying that Iran did something is read
        # further back: test_claimed_about.py)
        "Blinken said the talks in Vienna had stalled. Qatar hosted talks. Egypt sent aid. "
        "Doha mediated. Iran rejected the claim.",
    ],
)
def test_no_maker_before_or_one_s_own_is_rejected_by_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))


def test_charges_a_state_jailed_someone_on_are_its_own(read: Reader) -> None:
    found = triples(read("Keller was jailed in Iran on spying charges. Keller denies the charges."))
    assert ("Iran", "ACCUSED", "Tom Keller") in found
    assert ("Tom Keller", "REJECTED", "Iran") in found


def test_an_afterthought_hung_on_an_accusation_still_holds(read: Reader) -> None:
    doc = read("U.S. officials accuse Iran of arming the militias, a charge Tehran denies.")
    found = triples(doc)
    assert ("United States", "ACCUSED", "Iran") in found
    assert ("Iran", "REJECTED", "United States") in found


def test_an_afterthought_that_is_not_denied_rejects_nobody(read: Reader) -> None:
    doc = read("U.S. officials accuse Iran of arming the militias, a charge Tehran never denied.")
    assert not any(kind == "REJECTED" for _, kind, _ in triples(doc))


def test_one_voice_of_a_state_keeps_the_speaker(read: Reader) -> None:
    text = (
        "Washington sent an envoy to Baghdad. Blinken said Tehran was arming the militias. "
        "Iran rejected the claim on Sunday."
    )
    got = triples(read(text))
    assert ("Iran", "REJECTED", "Antony Blinken") in got
    assert ("Iran", "REJECTED", "United States") not in got
