"""Accusations told as whose deed a harm was or who someone really is, with no verb of blame
(loaders/relations/reported.py, perpetrations.py): "said the blasts were the work of X",
"said the arson was commissioned by X", "said they were intelligence officers"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples
from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt said the bombing was the work of Iranian agents.", ("Egypt", "Iran")),
        ("Qatar said the blaze had been commissioned by the FSB.", ("Qatar", "FSB")),
        ("Egypt said the Israeli envoys were intelligence officers.", ("Egypt", "Israel")),
        ("Uganda said the two Russian attaches were spies.", ("Uganda", "Russia")),
        ("Egypt said mercenaries of Tehran were behind the ambush.", ("Egypt", "Iran")),
        (
            "Berg said earlier that an inquiry had shown that the arson was ordered by Moscow.",
            ("Anna Berg", "Russia"),
        ),
        (
            "Qatar expelled an Iranian attache it said was an undeclared intelligence officer.",
            ("Qatar", "Iran"),
        ),
    ],
)
def test_saying_whose_deed_a_harm_was_accuses_them(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said the agreement was the work of Iranian diplomats.",
        "Qatar said the study had been commissioned by the FSB.",
        "Egypt said the Israeli envoys were not intelligence officers.",
        "Uganda said the two Russian attaches were police officers.",
        "Egypt said the Egyptian envoys were intelligence officers.",
        "Egypt said friends of Tehran were behind the ambush.",
        "Berg said the explosion might have been carried out by Tehran.",
    ],
)
def test_a_harmless_deed_a_denial_or_one_s_own_accuses_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


def test_a_state_s_secret_services_stand_for_it(extractor: Extractor) -> None:
    text = (
        "Finland closed the Russian consulate in Turku on Friday, saying Russian security "
        "services were behind a blaze at a depot."
    )
    assert ("Finland", "ACCUSED", "Russia") in extracted_triples(extractor, text)


def test_the_zionist_regime_is_israel(extractor: Extractor) -> None:
    text = (
        "Iranian Foreign Minister Hossein Amirabdollahian said the Zionist regime was behind "
        "the sabotage at the plant."
    )
    found = extracted_triples(extractor, text)
    assert ("Hossein Amirabdollahian", "ACCUSED", "Israel") in found
