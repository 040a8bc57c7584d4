"""Well-known companies and outlets carry their home state (companies.py); an outlet cited only
as a source stays no actor."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.actors.companies import CompanyDataError, company_country, parse
from loaders.pipeline import Extractor
from schema.models import Actor, Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _actors(extractor: Extractor, text: str) -> dict[str, Actor]:
    found = extractor.extract(Article(id="article:t", text=text, published=date(2024, 3, 4)))
    return {a.name: a for a in found.actors}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The United States sanctioned Rosneft on Friday.", "Rosneft", "RUS"),
        ("Washington blacklisted Huawei Technologies in May.", "Huawei Technologies", "CHN"),
        ("PDVSA halted its fuel shipments to Cuba last month.", "PDVSA", "VEN"),
        ("Israel ordered Al Jazeera to close its bureau in Jerusalem.", "Al Jazeera", "QAT"),
    ],
)  # fmt: skip
def test_a_known_company_gets_its_home_state(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    actor = _actors(extractor, text).get(name)
    assert actor is not None and actor.country == country


@pytest.mark.model
def test_an_agency_cited_as_source_is_still_no_actor(extractor: Extractor) -> None:
    names = _actors(extractor, "Beijing rejected the charges on Sunday, Xinhua reported.")
    assert "Xinhua" not in names


def test_aliases_and_spellings_meet() -> None:
    assert company_country("Aramco") == company_country("Saudi Aramco") == "SAU"
    assert company_country("The Associated Press") == "USA"
    assert company_country("Petróleos de Venezuela") == "VEN"
    assert company_country("Huawei Technologies Co Ltd") == "CHN"
    assert company_country("Airbus") is None  # home unclear: no country rather than a wrong one


def test_a_form_given_two_states_is_refused() -> None:
    with pytest.raises(CompanyDataError):
        parse("name,aliases,country\nAcme,ACM,USA\nAcme Holdings,ACM,GBR\n")
