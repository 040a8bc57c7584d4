"""The whole extractor (actor and relation stages on the real spaCy model), loaded once per
test session, and a reader of what it finds as (source name, TYPE, target name) triples."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()


def extracted_triples(
    extractor: Extractor, text: str, published: date = date(2024, 3, 4)
) -> set[tuple[str, str, str]]:
    article = Article(id="article:t", text=text, published=published)
    found = extractor.extract(article)
    names = {a.id: a.name for a in found.actors}
    return {(names[r.source_id], r.type.value, names[r.target_id]) for r in found.relations}


def met(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    """MET_WITH is symmetric: either order counts."""
    return (a, "MET_WITH", b) in found or (b, "MET_WITH", a) in found
