"""Driving a side out of ground it held is an attack on it: "drove the militants out of the
city", also when the side driven out is named by a description ("the rebels") the actor stage
resolves. Not a company driven out of a market, nor a person driven out of office. Our own
sentences, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hamas seized a border post in 2007. Later that year Hamas drove Fatah's fighters out "
         "of Rafah after a week of clashes.", ("Hamas", "ATTACKED", "Fatah")),
        ("Islamic State, an armed group, overran Sinjar in 2014. Iraqi troops drove the "
         "militants out of Tikrit a year later.", ("Iraq", "ATTACKED", "Islamic State")),
        ("The Houthis, an armed group, took Taiz in 2015. Saudi troops routed the rebels out "
         "of Aden that summer.", ("Saudi Arabia", "ATTACKED", "Houthis")),
    ],
)  # fmt: skip
def test_driving_a_side_out_is_attacking_it(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Strict new rules drove Google out of the Chinese market, regulators said.",
        "Member states pushed Russia out of the Council of Europe in March 2022.",
    ],
)
def test_markets_and_bodies_are_no_battlefield(extractor: Extractor, text: str) -> None:
    assert not any(kind == "ATTACKED" for _, kind, _ in extracted_triples(extractor, text))
