"""A charge denied in a relative clause that the parser reads as the charge's content ("on
treason charges that he rejects as false", with "that" taken for a mark): a verb of denial with
no object of its own denies the charge itself, so the prisoner rejects the jailer
(modality._gapped_denial). A report's real content clause stays unasserted. Sentences of our own
wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model

_HELD = "Daniel Moreno, a Spanish aid worker, has been held in Belarus since March 2021. "


def test_all_who_dismiss_the_charge_reject_the_jailer(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        _HELD + "Moreno was sentenced last year to 12 years in a penal colony on treason charges "
        "that he and the Spanish government dismiss as baseless.",
    )
    assert ("Daniel Moreno", "REJECTED", "Belarus") in found
    assert ("Spain", "REJECTED", "Belarus") in found


def test_a_reported_rejection_is_still_only_reported(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, _HELD + "Reports that Moreno had rejected a plea deal surfaced on Monday."
    )
    assert not any(t[1] == "REJECTED" for t in found)
