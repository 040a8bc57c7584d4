"""Companies a description introduces ("aluminium giant Rusal"), whatever the NER tags them."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _actor_names(extractor: Extractor, text: str) -> set[str]:
    found = extractor.extract(Article(id="article:t", text=text, published=date(2024, 2, 5)))
    return {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Russian gas giant Gazprom cut its deliveries to Moldova last winter.", "Gazprom"),
        ("Britain imposed sanctions on the state carrier Belavia on Friday.", "Belavia"),
        ("Dutch dredging contractor Boskalis pulled out of the port project.", "Boskalis"),
    ],
)
def test_a_company_noun_names_the_company(extractor: Extractor, text: str, company: str) -> None:
    assert company in _actor_names(extractor, text)


def test_a_company_noun_before_a_state_is_no_company(extractor: Extractor) -> None:
    names = _actor_names(extractor, "The airline Ukraine had chosen stopped flying to Minsk.")
    assert names <= {"Ukraine", "Belarus"}


def test_a_company_noun_alone_names_nothing(extractor: Extractor) -> None:
    names = _actor_names(extractor, "The state carrier said on Monday that flights would resume.")
    assert names == set()
