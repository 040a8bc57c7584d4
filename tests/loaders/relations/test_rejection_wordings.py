"""Rejections in news wordings: an accusation summed up by a denial tacked on after a comma (the
parser makes the denial the sentence's root; the accusation still stands), and a proposal or
offer named by its proposer's demonym."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_a_charge_denied_after_a_comma_keeps_the_accusation(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Congo accuses Rwanda of backing the M23 rebels, a charge Kigali denies."
    )
    accuser = next(s for s, kind, t in found if kind == "ACCUSED" and t == "Rwanda")
    assert ("Rwanda", "REJECTED", accuser) in found


@pytest.mark.parametrize(
    ("text", "rejecter", "proposer"),
    [
        ("Hamas turned down the Israeli offer.", "Hamas", "Israel"),
        ("Moscow rejected the Ukrainian proposal for a ceasefire.", "Russia", "Ukraine"),
        ("Kyiv rejected Russian demands to cede territory.", "Ukraine", "Russia"),
    ],
)
def test_a_proposal_named_by_its_proposers_demonym(
    extractor: Extractor, text: str, rejecter: str, proposer: str
) -> None:
    assert (rejecter, "REJECTED", proposer) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel accepted the Egyptian proposal.",
        "Hamas did not turn down the Israeli offer.",
        "The strike killed 12, a claim Kyiv denied.",
    ],
)
def test_no_rejection_of_a_proposer(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not {f for f in found if f[1] == "REJECTED" and f[2] in ("Egypt", "Israel")}


_BLAMED_IN_A_TARIFF = (
    "Washington raised duties on Mexican steel over what it says is Mexico's failure to curb"
    " smuggling across the border. "
)


def test_a_denial_answers_an_accusation_read_after_the_denials(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, _BLAMED_IN_A_TARIFF + "Mexico has rejected the accusation."
    )
    assert ("Mexico", "REJECTED", "United States") in found


@pytest.mark.parametrize(
    "denial", ["Mexico has not rejected the accusation.", "Canada has rejected the accusation."]
)
def test_no_late_answer_without_a_denial_by_the_accused(extractor: Extractor, denial: str) -> None:
    found = extracted_triples(extractor, _BLAMED_IN_A_TARIFF + denial)
    assert not any(kind == "REJECTED" for _, kind, _ in found)
