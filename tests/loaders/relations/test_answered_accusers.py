"""Whom a denial answers: the party whose accusation it denies, not whoever spoke last
(charged_before.accusers_before, frames_apply._earlier_makers) nor the nearest antecedent of a
tail's pronoun (charge_tails.tail_deniers). Sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_the_charge_is_the_accusers_not_the_last_speakers(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Russia accused Ukraine on Monday of shelling a dam on the Dnipro river. "
        "U.S. Secretary of State Antony Blinken said he could not verify the Russian account. "
        "Ukrainian President Volodymyr Zelensky rejected the charge.",
    )
    assert ("Volodymyr Zelensky", "REJECTED", "Russia") in found
    assert ("Volodymyr Zelensky", "REJECTED", "Antony Blinken") not in found


def test_a_denied_part_answers_the_accusation_about_it(extractor: Extractor) -> None:
    """Two accusations against one side: the denial names its topic ("in the bombing")."""
    found = extracted_triples(
        extractor,
        "Britain accused Russia in 2019 of a bombing in Manchester. "
        "Poland accused Russia on Tuesday of sabotage on its railways. "
        "Moscow has denied any role in the Manchester bombing.",
    )
    assert ("Russia", "REJECTED", "United Kingdom") in found
    assert ("Russia", "REJECTED", "Poland") not in found


def test_a_tail_pronoun_is_the_one_charged(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Brazil's president Lula praised Venezuela's Nicolas Maduro on Tuesday. The United "
        "States imposed sanctions on Caracas in 2019 after accusing Maduro of stealing the "
        "election, a charge he rejects.",
    )
    assert ("Nicolas Maduro", "REJECTED", "United States") in found
    assert ("Lula", "REJECTED", "United States") not in found


def test_silence_and_an_unclaimed_denial_stay_silent(extractor: Extractor) -> None:
    """The near misses: no comment is no rejection; a denial nobody's claim precedes names no
    one rejected."""
    silent = extracted_triples(
        extractor,
        "Russia accused Ukraine on Monday of shelling a dam. Kyiv declined to comment.",
    )
    assert not any(kind == "REJECTED" for _, kind, _ in silent)
    bare = extracted_triples(
        extractor,
        "Zelensky met Biden in Washington on Monday. Zelensky rejected the charge.",
    )
    assert not any(kind == "REJECTED" for _, kind, _ in bare)
