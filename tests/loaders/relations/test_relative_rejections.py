"""A relative clause of rejection on a claim someone put forward ("unveiled a plan that Hamas
rejected", "in a statement that Beijing rejected") rejects the one who put it forward
(loaders/relations/claims.py, relative_claimant)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President William Ruto put forward a power-sharing plan that Ethiopia has "
            "rejected.",
            ("Ethiopia", "William Ruto"),
        ),
        (
            "The foreign ministers of Egypt and Qatar criticised Israel in a joint communique "
            "that Israel had already dismissed as biased.",
            ("Israel", "Egypt"),
        ),
        (
            "Washington announced a proposal which Tehran flatly rejected on Sunday.",
            ("Iran", "United States"),
        ),
    ],
)
def test_a_relative_rejection_rejects_who_put_the_claim_forward(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the subject welcomed, not put forward, the plan
        (
            "Kenyan President William Ruto welcomed a power-sharing plan that Ethiopia has "
            "rejected.",
            ("Ethiopia", "William Ruto"),
        ),
        # the clause does not reject
        (
            "Kenyan President William Ruto put forward a power-sharing plan that Ethiopia has "
            "accepted.",
            ("Ethiopia", "William Ruto"),
        ),
    ],
)
def test_a_plan_not_put_forward_or_not_rejected_rejects_nobody(
    extractor: Extractor, text: str, absent: tuple[str, str]
) -> None:
    assert (absent[0], "REJECTED", absent[1]) not in extracted_triples(extractor, text)


def test_a_rejected_decision_rejects_whose_it_was(extractor: Extractor) -> None:
    text = "Eritrea rejected the Ethiopian decision on Monday, saying it changed nothing."
    assert ("Eritrea", "REJECTED", "Ethiopia") in extracted_triples(extractor, text)


def test_a_decision_called_dangerous_is_judged_not_rejected(extractor: Extractor) -> None:
    text = "Russian envoy Sergei Lavrov called the Ethiopian decision extremely dangerous."
    assert ("Sergei Lavrov", "REJECTED", "Ethiopia") not in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egyptian President Abdel Fattah al-Sisi has repeatedly claimed credit for ending the "
            "fighting in Gaza, which Israel denies.",
            ("Israel", "Abdel Fattah al-Sisi"),
        ),
        (
            "Kyiv said on Monday that Moscow was moving troops to the border, which the Kremlin "
            "has denied.",
            ("Russia", "Ukraine"),
        ),
    ],
)
def test_which_denies_after_a_claim_rejects_the_claimant(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in extracted_triples(extractor, text)


def test_which_denies_after_no_claim_rejects_nobody_named_before(extractor: Extractor) -> None:
    text = "Egypt opened the Rafah crossing for aid trucks on Monday, which Israel denies."
    assert ("Israel", "REJECTED", "Egypt") not in extracted_triples(extractor, text)
