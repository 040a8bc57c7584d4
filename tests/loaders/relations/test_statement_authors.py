"""A statement that speaks ("The statement accused the bloc of ...") speaks for whoever issued
it, named where it was issued (statement_authors)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a statement, Rwanda's foreign ministry said it was cutting ties with Belgium. "
            "The statement accused Belgium of taking sides in the conflict.",
            {("Rwanda", "Belgium")},
        ),
        (
            "Iran issued a statement on Monday. The statement accused Israel of sabotage.",
            {("Iran", "Israel")},
        ),
        (
            "Egypt and Jordan released a joint communique after the talks. The communique "
            "blamed Israel for the strike.",
            {("Egypt", "Israel"), ("Jordan", "Israel")},
        ),
        (
            "Mali and Niger announced they were quitting the alliance. In a joint statement "
            "read out on television, the two juntas said they were leaving. The statement "
            "accused France of meddling.",
            {("Mali", "France"), ("Niger", "France")},
        ),
        (
            "Egypt said it would respond. A statement from Jordan later accused Israel of "
            "sabotage.",
            {("Jordan", "Israel")},
        ),
    ],
)
def test_statement_speaks_for_its_authors(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    found = extracted_triples(extractor, text)
    assert {(s, t) for s, kind, t in found if kind == "ACCUSED"} >= expected


@pytest.mark.parametrize(
    "text",
    [
        # the nearest document names no issuer: nobody speaks through it
        "Iran issued a statement on Monday. A report appeared later. The report accused "
        "Israel of sabotage.",
        "Iran issued a statement on Monday. Then a letter arrived. The letter accused Israel "
        "of sabotage.",
        # an indefinite statement is a new one, whose authors are not those before
        "Iran issued a statement on Monday. A statement later accused Israel of sabotage.",
        # the statement did not accuse
        "Iran issued a statement on Monday. The statement did not accuse Israel of sabotage.",
    ],
)
def test_statement_with_no_author_read(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("Iran", "ACCUSED", "Israel") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States voted against a UN General Assembly resolution that condemned "
            "Moscow's war in Ukraine.",
            ("UN General Assembly", "Russia"),
        ),
        (
            "NATO adopted a declaration that condemned Russia's invasion of Ukraine.",
            ("NATO", "Russia"),
        ),
    ],
)
def test_resolution_condemns_for_its_body(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert (source, "CONDEMNED", target) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a resolution nobody is named as adopting condemns for nobody
        "The United States voted against a resolution that condemned Moscow's war in Ukraine.",
        "The United States voted against a UN General Assembly resolution that did not "
        "condemn Russia.",
    ],
)
def test_resolution_with_no_condemning_body(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "CONDEMNED" and t == "Russia" for _, kind, t in found)
