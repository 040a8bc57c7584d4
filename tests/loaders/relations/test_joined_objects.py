"""Targets joined to the verb's object by "along with" / "together with": "blacklisted X, along
with Y and Z" names Y and Z as targets too. Our own sentences, read by the whole extractor; the
near misses: a meeting's companions, and a partner before the object, which joins the subject."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model

_BLACKLISTED = (
    "The U.S. Treasury blacklisted Maria Lopez, a niece of the president, along with army "
    "general Pedro Ruiz and lawmaker Carlos Vega."
)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (_BLACKLISTED, ("United States", "SANCTIONED", "Carlos Vega")),
        (_BLACKLISTED, ("United States", "SANCTIONED", "Pedro Ruiz")),
        ("Iran arrested the journalist Daniel Okafor together with his colleague Sarah Linden "
         "in Tehran last week.", ("Iran", "DETAINED", "Sarah Linden")),
    ],
)  # fmt: skip
def test_a_partner_after_the_object_is_a_target_too(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


def test_a_partner_before_the_object_is_no_target(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Britain, along with Canada, sanctioned the businessman Gennady Volkov."
    )
    assert ("United Kingdom", "SANCTIONED", "Canada") not in found


def test_a_meeting_companion_is_no_guest(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Joe Biden met Xi Jinping in Bali along with Antony Blinken on Monday."
    )
    assert not met(found, "Joe Biden", "Antony Blinken")
