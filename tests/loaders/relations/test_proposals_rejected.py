"""A definite noun of terms with no owner ("rejected the proposal", "dismissed the draft")
rejects whoever the story told putting those terms forward before
(loaders/relations/proposed_before.py)."""

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
            "U.S. President Donald Trump unveiled a new plan for the Gaza Strip on Tuesday in "
            "Washington. Critics said it favoured Israel. Hamas dismissed the proposal, saying "
            "it would never accept it.",
            ("Hamas", "Donald Trump"),
        ),
        (
            "The draft, put forward by France and Mexico, won nine votes in the council. Russia's "
            "envoy Vassily Nebenzia rejected the draft before the vote.",
            ("Vassily Nebenzia", "France"),
        ),
        (
            "Kenya's President William Ruto proposed a transition of two years on Friday. Nigeria "
            "rejected the plan on Saturday.",
            ("Nigeria", "William Ruto"),
        ),
        (
            "Germany and Kenya signed a trade agreement on Monday. Tanzania rejected the deal.",
            ("Tanzania", "Kenya"),
        ),
    ],
)
def test_the_proposal_rejects_who_put_it_forward(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no rejection: negated, or only possible
        "Egypt offered Hamas a ten-day truce on Sunday. Hamas did not reject the offer.",
        "Egypt offered Hamas a ten-day truce on Sunday. Hamas may reject the plan.",
        # an indefinite plan may be anybody's
        "Egypt offered Hamas a ten-day truce on Sunday. Hamas rejected a plan for new elections.",
    ],
)
def test_no_rejection_or_no_definite_proposal_rejects_nobody(
    extractor: Extractor, text: str
) -> None:
    assert ("Hamas", "REJECTED", "Egypt") not in extracted_triples(extractor, text)


def test_signing_makes_a_deal_not_an_idea_its_signers(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Bahrain and Israel signed accords establishing ties last month. Sudan's Prime Minister "
        "Abdalla Hamdok rebuffed the idea of linking aid to recognition.",
    )
    assert not any(kind == "REJECTED" for _, kind, _ in found)
