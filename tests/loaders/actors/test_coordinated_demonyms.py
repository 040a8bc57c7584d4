"""Coordinated demonyms before one plural noun ("Thai and Cambodian troops", "the Serbian and
Kosovar prime ministers"): each demonym is its own state, and the noun stands for both where
it acts; nationality descriptions and posts whose holders are named stay silent (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.actors.test_component import mentioned
from tests.loaders.conftest import extracted_triples, met

if TYPE_CHECKING:
    from spacy.language import Language

    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Thai and Cambodian troops traded shots near a disputed temple.", "Thai", "Cambodian"),
        ("Serbian and Kosovar delegations gathered in Brussels.", "Serbian", "Kosovar"),
        ("Armenian and Azerbaijani foreign ministers arrived in Geneva.", "Armenian",
         "Azerbaijani"),
    ],
)  # fmt: skip
def test_each_coordinated_demonym_is_its_state(
    actor_nlp: Language, text: str, first: str, second: str
) -> None:
    found = mentioned(actor_nlp(text))
    assert found.get(first, "").startswith("country:")
    assert found.get(second, "").startswith("country:")
    assert found[first] != found[second]


@pytest.mark.parametrize(
    "text",
    [
        "The journalist, who holds Dutch and Moroccan citizenship, was released.",
        "The ferry carried Somali and Yemeni asylum seekers to the island.",
    ],
)
def test_nationality_descriptions_name_no_state(actor_nlp: Language, text: str) -> None:
    assert not [i for i in mentioned(actor_nlp(text)).values() if i.startswith("country:")]


def test_coordinated_delegations_meet(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Serbian and Kosovar delegations held two days of talks in Brussels."
    )
    assert met(found, "Serbia", "Kosovo")


def test_coordinated_prime_ministers_meet_as_their_states(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The Serbian and Albanian prime ministers met in Tirana on Friday."
    )
    assert met(found, "Serbia", "Albania")


def test_a_third_party_acts_on_both(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Canada imposed travel bans on Serbian and Kosovar ministers last week."
    )
    assert ("Canada", "SANCTIONED", "Serbia") in found
    assert ("Canada", "SANCTIONED", "Kosovo") in found


def test_named_holders_of_a_shared_post_are_the_ones_who_met(extractor: Extractor) -> None:
    text = (
        "The Serbian and Kosovar prime ministers, Milos Vucevic and Albin Kurti, met in "
        "Brussels on Monday. Kurti said the talks were difficult."
    )
    article_found = extracted_triples(extractor, text)
    assert met(article_found, "Milos Vucevic", "Albin Kurti")
    # no state of the wrong level beside a person, and no post of one state given to both
    assert not any(
        {s, t} & {"Serbia", "Kosovo"} and {s, t} & {"Milos Vucevic", "Albin Kurti"}
        for s, _, t in article_found
    )


def test_a_shared_post_is_no_title_of_the_first_name(extractor: Extractor) -> None:
    from schema.models import Article

    text = (
        "The Serbian and Kosovar prime ministers, Milos Vucevic and Albin Kurti, met in "
        "Brussels on Monday."
    )
    found = extractor.extract(Article(id="article:t", text=text))
    vucevic = next(a for a in found.actors if a.name == "Milos Vucevic")
    assert "Kosovar prime ministers" not in vucevic.aliases
    assert vucevic.country != "XKX"


def test_posts_of_states_whose_people_are_named_are_no_state_ends(extractor: Extractor) -> None:
    text = (
        "Albanian Prime Minister Edi Rama hosted Serbian President Aleksandar Vucic on Monday. "
        "On Tuesday, German Chancellor Olaf Scholz held talks in Berlin with the Albanian and "
        "Serbian presidents."
    )
    found = extracted_triples(extractor, text)
    assert not met(found, "Olaf Scholz", "Albania")
    assert not met(found, "Olaf Scholz", "Serbia")
