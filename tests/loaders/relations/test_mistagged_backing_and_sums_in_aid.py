"""Two SUPPORTED wordings the small model hid: the plural "back" after coordinated names,
which it tags as an adverb ("Egypt and the Emirates back Haftar"), and a sum handed over
whose kind is in its "in" phrase ("provided Kyiv with $2 billion in military aid"). Full
pipeline, since both turn on the model's tags."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_coordinated_names_back_the_name_after_adverb_tagged_back(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "In the long civil war, Egypt and the United Arab Emirates back Khalifa Haftar "
        "against the government in Tripoli.",
    )
    assert ("Egypt", "SUPPORTED", "Khalifa Haftar") in found
    assert ("United Arab Emirates", "SUPPORTED", "Khalifa Haftar") in found


def test_names_pushed_back_by_a_verb_back_no_one(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The offensive drove Russia and Belarus back Monday, Kyiv said."
    )
    assert not any(r == "SUPPORTED" for _, r, _ in found)


def test_a_sum_given_in_military_aid_supports_the_receiver(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Norway provided Ukraine with 2 billion euros in military aid last year.",
    )
    assert ("Norway", "SUPPORTED", "Ukraine") in found


def test_a_sum_paid_for_goods_supports_no_one(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Norway provided Germany with 2 billion cubic metres in gas deliveries last year.",
    )
    assert ("Norway", "SUPPORTED", "Germany") not in found
