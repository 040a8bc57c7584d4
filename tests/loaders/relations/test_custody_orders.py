"""An order that someone serve a term or be freed is the holding or the release itself, by the
one who gave it (custody_orders)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_order_to_serve_a_term_detains(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Last week the Leninsky district court ordered activist Pavel Orlov to serve three "
        "years in a penal colony for breaking the terms of his probation.",
    )
    assert ("Leninsky district court", "DETAINED", "Pavel Orlov") in found


def test_order_to_leave_detains_no_one(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Last week the Leninsky district court ordered activist Pavel Orlov to leave the "
        "building after he shouted at the prosecutor.",
    )
    assert not {t for t in found if t[1] in ("DETAINED", "RELEASED")}
