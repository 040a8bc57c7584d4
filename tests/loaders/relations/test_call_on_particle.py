"""'called on X to' read with "on" as a particle still names the one called on (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_call_on_after_a_reported_clause_urges(read: Reader) -> None:
    doc = read("Blinken said the verdict fell short and called on Kyiv to do more.")
    assert ("Antony Blinken", "URGED", "Ukraine") in triples(doc)


def test_a_call_on_that_did_not_happen_urges_nobody(read: Reader) -> None:
    doc = read("Blinken said the verdict fell short and did not call on Kyiv to do more.")
    assert ("Antony Blinken", "URGED", "Ukraine") not in triples(doc)
