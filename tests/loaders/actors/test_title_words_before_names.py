"""A common-noun title before a name (a church rank, an epithet) is no part of the name and no
organization: "Roman Catholic Bishop Rolando Alvarez" is the person Rolando Alvarez."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model


def people(doc: Doc) -> dict[str, str | None]:
    return {a.name: a.title for a in doc._.actors.values() if a.kind.value == "PERSON"}


def kinds(doc: Doc) -> set[str]:
    return {a.kind.value for a in doc._.actors.values()}


def test_church_rank_after_a_faith_is_the_persons_title_not_a_body(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "A court in Managua sentenced Roman Catholic Bishop Rolando Alvarez to prison. "
        "Alvarez had refused to leave the country."
    )
    assert people(doc) == {"Rolando Alvarez": "Bishop"}
    assert "ORGANIZATION" not in kinds(doc)
    ids = {doc[m.start : m.end].text: m.actor_id for m in doc._.mentions}
    assert ids["Alvarez"] == "person:rolando-alvarez"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Archbishop Paul Gallagher went to Minsk on Tuesday.", "Paul Gallagher", "Archbishop"),
        ("Cardinal Matteo Zuppi met the envoys in Kyiv.", "Matteo Zuppi", "Cardinal"),
        ("Pope Francis called for the hostages to be freed.", "Pope Francis", "Pope"),
    ],
)
def test_church_ranks_are_titles(actor_nlp: Language, text: str, name: str, title: str) -> None:
    doc = actor_nlp(text)
    assert name in people(doc)
    assert people(doc)[name] == title


@pytest.mark.parametrize(
    "text",
    [
        'Venezuelan President Nicolas Maduro won a third term. "Dictator Maduro, out!" '
        "Argentina's president wrote on social media.",
        "Venezuelan President Nicolas Maduro won a third term. Strongman Maduro then expelled "
        "seven ambassadors.",
    ],
)
def test_an_epithet_before_a_known_name_is_the_same_person(actor_nlp: Language, text: str) -> None:
    doc = actor_nlp(text)
    assert people(doc) == {"Nicolas Maduro": "President"}


def test_an_epithet_is_never_a_title(actor_nlp: Language) -> None:
    doc = actor_nlp("Strongman Daniel Ortega expelled the bishop.")
    assert people(doc) == {"Daniel Ortega": None}


def test_a_title_word_as_a_place_or_body_stays_out(actor_nlp: Language) -> None:
    """Negatives: the same words inside a body's name or as a plain noun make no person."""
    doc = actor_nlp("The bishop said the Catholic Bishops' Conference would meet in Managua.")
    assert people(doc) == {}


def test_a_rank_before_the_name_leaves_the_post_before_the_comma(actor_nlp: Language) -> None:
    """ "the Vatican's ambassador, Archbishop X": the post names his state and is his title."""
    doc = actor_nlp("Managua expelled the Vatican's ambassador, Archbishop Waldemar Sommertag.")
    envoy = doc._.actors["person:waldemar-sommertag"]
    assert (envoy.title, envoy.country) == ("ambassador", "VAT")
