"""A participle on a document noun is the document's act, done by who issued it
(relations/statement_authors.py): "Germany issued a statement urging Ankara to free him".
Sentences of our own wording; a document nobody is said to issue, one its subject rejects or
criticises, and a denial or a hope in it give no urging."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "sources", "kind", "target"),
    [
        (
            "Germany issued a statement calling on Ankara to release him.",
            ("Germany",),
            "URGED",
            "Turkey",
        ),
        (
            "The embassies of Germany and France issued a joint statement urging Ankara to free "
            "him.",
            ("Germany", "France"),
            "URGED",
            "Turkey",
        ),
        (
            "The foreign ministries of Germany and France released a statement calling on Russia "
            "to withdraw.",
            ("Germany", "France"),
            "URGED",
            "Russia",
        ),
        (
            "The ambassadors of Germany and France signed a letter urging Ankara to free him.",
            ("Germany", "France"),
            "URGED",
            "Turkey",
        ),
        (
            "Germany issued a statement condemning Russia's attack on Ukraine.",
            ("Germany",),
            "CONDEMNED",
            "Russia",
        ),
    ],
)
def test_a_participle_on_an_issued_document_is_its_issuers_act(
    extractor: Extractor, text: str, sources: tuple[str, ...], kind: str, target: str
) -> None:
    found = extracted_triples(extractor, text)
    assert all((s, kind, target) in found for s in sources)


@pytest.mark.parametrize(
    "text",
    [
        "A statement urging Ankara to free him was circulated on Monday.",
        "Germany rejected a statement urging Ankara to free him.",
        "Germany issued a statement denying that it had urged Ankara to free him.",
        "Germany issued a statement hoping that Ankara would free him.",
    ],
)
def test_no_urging_from_a_document_nobody_issued_or_that_urges_nobody(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(k == "URGED" and t == "Turkey" for _, k, t in found)
