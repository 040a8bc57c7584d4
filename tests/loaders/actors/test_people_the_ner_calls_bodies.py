"""People the small NER tags as organizations: a name set in apposition after a post ("the
Dutch ambassador, X,"), or right after a post in lower case ("Government spokeswoman X")
(names.py). Each becomes a person node; a body in the same place stays a body. Model-backed,
sentences of our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article, Extraction

pytestmark = pytest.mark.model


def _kinds(extractor: Extractor, text: str) -> dict[str, str]:
    found: Extraction = extractor.extract(
        Article(id="article:t", text=text, published=date(2024, 3, 4))
    )
    return {a.name: a.kind.value for a in found.actors}


def test_a_name_apposed_after_a_post_is_a_person(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "The generals ordered out the Dutch ambassador, Sylvain "
                   "Ittevaart, in the spring.")  # fmt: skip
    assert kinds.get("Sylvain Ittevaart") == "PERSON", kinds


def test_a_name_after_a_lower_case_post_is_a_person(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "Government spokeswoman Yolande Makolwa said the clashes were "
                   "an internal matter.")  # fmt: skip
    assert kinds.get("Yolande Makolwa") == "PERSON", kinds


def test_a_company_apposed_after_a_noun_stays_a_body(extractor: Extractor) -> None:
    kinds = _kinds(extractor, "The ministry fined its supplier, Meridian Holdings Ltd, on "
                   "Tuesday.")  # fmt: skip
    assert kinds.get("Meridian Holdings Ltd", "ORGANIZATION") == "ORGANIZATION", kinds
    assert not any(k == "PERSON" for k in kinds.values()), kinds
