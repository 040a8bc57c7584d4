"""People the name filters dropped though the NER or a cue named them: a sentence opening with
"By" and a time read as a writers' credit, a given name written in camel case, a family name
that is also a religious title, a name right after a plain description of its bearer."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _people(extractor: Extractor, text: str) -> set[str]:
    found = extractor.extract(Article(id="article:t", text=text, published=date(2023, 5, 2)))
    return {a.name for a in found.actors if a.kind.value == "PERSON"}


def test_a_sentence_opening_with_by_and_a_time_is_news(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "By nightfall, Foreign Minister Ramon Esteban Quiroga said the dispute was over.",
    )
    assert "Ramon Esteban Quiroga" in people


def test_a_credit_line_still_names_nobody(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Chile recalled its ambassador from Lima on Friday.\n\nBy Tomas Varela and Ines Ruiz",
    )
    assert not {"Tomas Varela", "Ines Ruiz"} & people


def test_a_camel_case_given_name(extractor: Extractor) -> None:
    people = _people(extractor, "U.S. Ambassador MaryLou Hendricks condemned the raid on Tuesday.")
    assert "MaryLou Hendricks" in people


def test_a_family_name_that_is_a_title(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Police detained two former ministers, Farooq Abdullah and Nasreen Mufti, on Monday.",
    )
    assert "Nasreen Mufti" in people
    grand = _people(extractor, "The Grand Mufti urged calm after the clashes in the city.")
    assert "Grand Mufti" not in grand


def test_a_name_after_a_plain_description(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "The trial that U.N. special rapporteur Edvige Marchand denounced ended on Monday.",
    )
    assert "Edvige Marchand" in people


def test_a_relative_named_by_given_name_takes_the_family_name(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Norway froze the assets of Dmitri Orlenko, his son Pavel and two of his aides.",
    )
    assert "Pavel Orlenko" in people
    listed = _people(
        extractor, "Raiders took Omer Dahan from his home together with their sons Ido and Noam."
    )
    assert {"Ido Dahan", "Noam Dahan"} <= listed
    owned = _people(extractor, "Tom Ward's son Henry thanked the foreign minister.")
    assert "Henry Ward" in owned


def test_a_tie_with_two_possible_owners_names_no_family(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Anna Varga met Peter Kolar in Vienna, and her son Mate joined them for dinner.",
    )
    assert not {"Mate Varga", "Mate Kolar"} & people


def test_a_family_name_that_is_a_city(extractor: Extractor) -> None:
    people = _people(
        extractor,
        "Iran holds Claire Moreau and her partner Lucien Paris, both teachers, in Evin prison.",
    )
    assert "Lucien Paris" in people
    found = extractor.extract(
        Article(
            id="article:t",
            text="President Emmanuel Macron flew from Paris to Berlin.",
            published=date(2023, 5, 2),
        )
    )
    assert "Paris" not in {a.name for a in found.actors}
