"""A denial tail that names the accused the clause before it does not ("..., a charge Moscow
rejects"), read by charge_tails.py, on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "claimer", "denier"),
    [
        (
            "Washington and its allies say the vote was rigged, a charge Putin rejects.",
            "United States",
            "Vladimir Putin",
        ),
        (
            "The United States recognises the opposition leader as president, arguing that "
            "Putin's re-election was rigged, a charge the Kremlin dismisses.",
            "United States",
            "Russia",
        ),
        (
            "Kyiv said the missiles had been made in Iran, a charge Tehran has repeatedly denied.",
            "Ukraine",
            "Iran",
        ),
        (
            "Israel said the border crossing had been used to smuggle weapons, an allegation "
            "Cairo denies.",
            "Israel",
            "Egypt",
        ),
        (
            "Keller was arrested after being charged by Russia with espionage, a charge he denies.",
            "Russia",
            "Tom Keller",
        ),
    ],
)
def test_whoever_denies_the_charge_was_accused_by_who_made_it(
    read: Reader, text: str, claimer: str, denier: str
) -> None:
    found = triples(read(text))
    assert (claimer, "ACCUSED", denier) in found
    assert (denier, "REJECTED", claimer) in found


def test_a_claim_denied_is_a_rejection_not_an_accusation(read: Reader) -> None:
    found = triples(read("Russia said the election in Ukraine was fair, a claim Kyiv rejects."))
    assert ("Ukraine", "REJECTED", "Russia") in found
    assert ("Russia", "ACCUSED", "Ukraine") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Blinken did not say the vote was rigged, a charge Putin rejects.",
        "Biden said the grain deal had collapsed, an assessment Moscow rejects.",
        "Berg was detained in May after being accused of spying, a charge she denies.",
        "Putin said the vote was fair, a claim Putin's critics reject.",
    ],
)
def test_no_claimer_no_charge_or_no_assertion_gives_no_accusation(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


def test_a_passive_charge_has_its_agent_for_claimant_never_the_accused(read: Reader) -> None:
    """claims.summed_up_claimant: "after being accused of spying" names no accuser; the one
    accused (or whoever their description names) is not it."""
    found = triples(
        read(
            "Keller, an aide to Zelensky, was detained after being accused of spying, "
            "a charge he rejected."
        )
    )
    assert not any(kind == "REJECTED" for _, kind, _ in found), found
    named = triples(
        read("Keller was detained after being accused by Moscow of spying, a charge he rejected.")
    )
    assert ("Tom Keller", "REJECTED", "Russia") in named


@pytest.mark.parametrize(
    ("text", "claimer", "denier"),
    [
        (
            "Washington said the talks should resume in spring, a proposal Moscow rejected.",
            "United States",
            "Russia",
        ),
        (
            "Kyiv said the pipeline had been sabotaged, a finding Moscow rejected as false.",
            "Ukraine",
            "Russia",
        ),
        (
            "Biden said the sanctions were working, a point Putin dismissed as wishful.",
            "Joe Biden",
            "Vladimir Putin",
        ),
    ],
)
def test_a_finding_point_or_proposal_denied_in_a_tail_is_a_rejection(
    read: Reader, text: str, claimer: str, denier: str
) -> None:
    """A tail may sum up a finding, a point or a proposal, not only a charge: rejection only."""
    found = triples(read(text))
    assert (denier, "REJECTED", claimer) in found, found
    assert (claimer, "ACCUSED", denier) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Biden said the sanctions were working, a point Putin did not dismiss.",
        "Biden said the sanctions were working, a point Putin welcomed.",
    ],
)
def test_a_point_not_denied_in_a_tail_is_no_rejection(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))


def test_a_claim_summing_up_reported_speech_is_the_sayers(read: Reader) -> None:
    """claims._reported_claim: "Biden said Putin had asked for talks, a claim Moscow denied"
    disputes what Biden said, not something Putin claimed."""
    found = triples(
        read("Biden said Putin had asked him for a summit, a claim Moscow quickly denied.")
    )
    assert ("Russia", "REJECTED", "Joe Biden") in found
    assert ("Russia", "REJECTED", "Vladimir Putin") not in found


def test_an_offer_summing_up_reported_speech_stays_the_offerers(read: Reader) -> None:
    found = triples(read("Biden said Putin had proposed a summit, an offer Kyiv rejected."))
    assert ("Ukraine", "REJECTED", "Joe Biden") not in found
