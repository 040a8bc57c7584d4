"""A detention whose charge is told by the verb conjoined to it ("was detained in 2016 and
sentenced to nine years for espionage", "arrested him and later indicted him") or by the deed
a sentence punishes ("sentenced him to ten years for organising a protest"): the detainer also
accused the one held. Our own sentences, negatives beside the positives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

RIDLEY, HADDAD = "Tom Ridley", "Omar Haddad"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("A Cairo court sentenced Omar Haddad to ten years in prison for organising an illegal "
         "protest.", ("Egypt", "ACCUSED", HADDAD)),
        ("Tom Ridley, a British reporter, was arrested by Nigeria's State Security Service in "
         "Abuja in May and charged with espionage, which he denies.",
         ("State Security Service", "ACCUSED", RIDLEY)),
        ("Omar Haddad was detained by Egyptian police in 2018 and later sentenced to ten years "
         "for smuggling.", ("Egypt", "ACCUSED", HADDAD)),
    ],
)  # fmt: skip
def test_the_conjoined_charge_accuses_the_one_held(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # held for questioning: no charge, no accusation
        ("Egyptian police detained Omar Haddad for questioning on Monday.",
         ("Egypt", "ACCUSED", HADDAD)),
        # convicted elsewhere: the arrester did not make the charge
        ("Tom Ridley was arrested by Nigerian police in Lagos in 2015 and later convicted in "
         "Ghana of fraud.", ("Nigeria", "ACCUSED", RIDLEY)),
        # a conjoined release is no charge
        ("Nigerian police arrested Tom Ridley in May and released him a day later.",
         ("Nigeria", "ACCUSED", RIDLEY)),
    ],
)  # fmt: skip
def test_a_detention_without_a_charge_accuses_nobody(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)
