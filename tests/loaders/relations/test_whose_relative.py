"""A relative "whose" stands for the noun its clause hangs on: "Putin, whose government backs
Assad" is Putin's government. Full pipeline (model-backed): the mentions are the actor stage's."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _supported(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    found = extractor.extract(Article(id="article:t", text=text, published=date(2023, 5, 2)))
    names = {a.id: a.name for a in found.actors}
    return {
        (names[r.source_id], names[r.target_id])
        for r in found.relations
        if r.type.value == "SUPPORTED"
    }


def test_whose_government_is_the_government_of_the_one_named(extractor: Extractor) -> None:
    text = (
        "Recep Tayyip Erdogan will fly to Moscow on Monday to meet Russian President Vladimir "
        "Putin, whose government backs Syrian President Bashar al-Assad."
    )
    supported = _supported(extractor, text)
    assert {("Vladimir Putin", "Bashar al-Assad"), ("Russia", "Bashar al-Assad")} & supported
    assert not any(source == "Recep Tayyip Erdogan" for source, _ in supported)
