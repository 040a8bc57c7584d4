"""A relative "whose" stands for the noun its clause hangs on: "Putin, whose government backs
Assad" is Putin's government. Full pipeline (model-backed): the mentions are the actor stage's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_whose_government_is_the_government_of_the_one_named(extractor: Extractor) -> None:
    text = (
        "Recep Tayyip Erdogan will fly to Moscow on Monday to meet Russian President Vladimir "
        "Putin, whose government backs Syrian President Bashar al-Assad."
    )
    supported = {(s, t) for s, kind, t in extracted_triples(extractor, text) if kind == "SUPPORTED"}
    assert {("Vladimir Putin", "Bashar al-Assad"), ("Russia", "Bashar al-Assad")} & supported
    assert not any(source == "Recep Tayyip Erdogan" for source, _ in supported)
