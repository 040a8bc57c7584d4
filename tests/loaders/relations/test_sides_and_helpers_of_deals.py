"""A third party that helps a deal along is no party to it, and the sides' own negotiators
are no mediators of it (model-backed, whole extractor), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize("helper", ["with Qatar's mediation", "with the help of Qatar"])
def test_a_deal_signed_with_a_helper_is_signed_by_the_parties(
    extractor: Extractor, helper: str
) -> None:
    text = (
        "Iranian Foreign Minister Abbas Araqchi and Omani Foreign Minister Badr Albusaidi "
        f"signed an accord in Cairo on Monday, {helper}, on shipping in the Gulf."
    )
    found = extracted_triples(extractor, text)
    assert ("Abbas Araqchi", "SIGNED_AGREEMENT_WITH", "Badr Albusaidi") in found
    assert not any(t == "SIGNED_AGREEMENT_WITH" and "Qatar" in (s, o) for s, t, o in found)


_LEDE = "BRUSSELS (Reuters) - Britain and the European Union agreed a new trade deal on Thursday."


def test_a_deal_hammered_out_by_the_sides_negotiators_is_mediated_by_none(
    extractor: Extractor,
) -> None:
    text = (
        f"{_LEDE}\n\nThe deal, hammered out by EU negotiator Anna Falk and Britain's Trade "
        "Secretary Tom Harlow over weeks of talks, removes most tariffs."
    )
    found = extracted_triples(extractor, text)
    assert not any(t == "MEDIATED" for _, t, _ in found)


def test_a_deal_hammered_out_by_an_outsider_is_mediated(extractor: Extractor) -> None:
    text = (
        f"{_LEDE}\n\nThe deal, hammered out by Norwegian Foreign Minister Espen Barth Eide "
        "over weeks of talks, removes most tariffs."
    )
    found = extracted_triples(extractor, text)
    assert ("Espen Barth Eide", "MEDIATED", "United Kingdom") in found
