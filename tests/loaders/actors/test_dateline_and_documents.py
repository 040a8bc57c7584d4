"""Organisation names the NER stretches over a dateline's tail or a document's title."""

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


def test_a_dateline_tail_is_not_part_of_a_body(extractor: Extractor) -> None:
    names = _actor_names(
        extractor,
        "SYDNEY, Feb 5 - A Beijing court handed Australian writer Yang Hengjun a suspended "
        "death sentence on Monday.",
    )
    assert not any(name.startswith("Feb") for name in names)


def test_a_named_agreement_is_no_body(extractor: Extractor) -> None:
    names = _actor_names(
        extractor,
        "Trade ministers Piyush Goyal and Jonathan Reynolds signed the Comprehensive Economic "
        "and Trade Agreement at Chequers on Thursday.",
    )
    assert not any("Agreement" in name for name in names)


def test_a_known_bodys_short_name_closing_a_longer_name_is_not_that_body(
    extractor: Extractor,
) -> None:
    names = _actor_names(
        extractor, "U.S. forces struck Kataib Hezbollah positions in Iraq on Friday."
    )
    assert "Hezbollah" not in names
    names = _actor_names(extractor, "Iran-backed Hezbollah fired rockets on Friday.")
    assert "Hezbollah" in names


def test_a_monarch_named_by_one_name_is_not_a_namesake(extractor: Extractor) -> None:
    found = extractor.extract(
        Article(
            id="article:t",
            text="U.S. President Joe Biden was received by King Salman before sitting down with "
            "Crown Prince Mohammed bin Salman.",
            published=date(2022, 7, 16),
        )
    )
    people = {a.name: a for a in found.actors if a.kind.value == "PERSON"}
    assert "Mohammed bin Salman" in people
    assert "King Salman" not in people["Mohammed bin Salman"].aliases
    assert any("King Salman" in (a.name, *a.aliases) for a in people.values())


def test_a_full_name_coordinated_with_a_person_is_a_person(extractor: Extractor) -> None:
    names = _actor_names(
        extractor,
        "Foreign ministers Therese Kayikwamba Wagner of Congo and Olivier Nduhungirehe of "
        "Rwanda signed the accord on Friday.",
    )
    assert "Olivier Nduhungirehe" in names


def _people(extractor: Extractor, text: str) -> set[str]:
    found = extractor.extract(Article(id="article:t", text=text, published=date(2024, 2, 5)))
    return {a.name for a in found.actors if a.kind.value == "PERSON"}


def test_a_named_partnership_agreement_is_no_person(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Tokyo and Brussels signed the Economic Partnership Agreement on Monday, ending years "
        "of talks.",
    )
    assert not any("Partnership" in name or "Agreement" in name for name in people)


def test_a_named_treaty_is_no_person(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Ministers Ivan Petrov and Lars Berg said Sunday that Moscow had broken the Nuclear "
        "Non-Proliferation Treaty.",
    )
    assert not any("Treaty" in name for name in people)
    assert {"Ivan Petrov", "Lars Berg"} <= people


def test_a_person_named_before_a_document_stays_a_person(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Foreign Minister Ana Costa defended the agreement on Friday in Lisbon.",
    )
    assert "Ana Costa" in people
