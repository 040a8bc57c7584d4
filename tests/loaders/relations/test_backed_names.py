"""A hyphened backer in front of a name ("the Algeria-backed Polisario Front") can cost the name
its mention in the actor stage; the same words named elsewhere are that actor. Full pipeline
(model-backed), since the lost mention is the actor stage's."""

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


def test_a_name_the_hyphened_backer_hid_is_found_by_its_other_mention(
    extractor: Extractor,
) -> None:
    text = (
        "Morocco claims the territory, where the Algeria-backed Polisario Front seeks "
        "independence. The Polisario Front rejected the plan on Monday."
    )
    assert ("Algeria", "Polisario Front") in _supported(extractor, text)


def test_a_name_never_named_as_an_actor_is_backed_by_nobody(extractor: Extractor) -> None:
    text = (
        "Morocco claims the territory, where the Algeria-backed Sahrawi movement seeks "
        "independence."
    )
    assert not any(source == "Algeria" for source, _ in _supported(extractor, text))
