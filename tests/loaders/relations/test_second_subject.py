"""Two titled subjects the parser hangs side by side on one verb ("Azerbaijani President Ilham
Aliyev and Armenian Prime Minister Nikol Pashinyan held talks"): both act, not only the first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_both_titled_subjects_hold_the_talks(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan held "
        "talks with European Council President Charles Michel on Wednesday.",
    )
    assert met(found, "Ilham Aliyev", "Charles Michel")
    assert met(found, "Nikol Pashinyan", "Charles Michel")


def test_both_titled_subjects_accuse(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "British Foreign Secretary James Cleverly and U.S. Secretary of State Antony Blinken "
        "accused Iran of arming Russia.",
    )
    assert ("James Cleverly", "ACCUSED", "Iran") in found
    assert ("Antony Blinken", "ACCUSED", "Iran") in found


def test_a_second_clause_lends_its_subject_to_nothing(extractor: Extractor) -> None:
    """ "and" between two clauses: the second subject belongs to its own verb only."""
    found = extracted_triples(
        extractor,
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara, and Turkish Foreign Minister "
        "Hakan Fidan said he would not meet him.",
    )
    assert not met(found, "Sergei Lavrov", "Hakan Fidan")


def test_a_negated_verb_stays_negated_for_both(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan did not "
        "hold talks with European Council President Charles Michel on Wednesday.",
    )
    assert not met(found, "Nikol Pashinyan", "Charles Michel")
    assert not met(found, "Ilham Aliyev", "Charles Michel")
