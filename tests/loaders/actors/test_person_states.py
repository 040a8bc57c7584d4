"""A person's state from the article's own evidence: descriptions, appositions, offices."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from loaders.actors.offices import state_of_office
from loaders.actors.person_cues import spelling_variant
from tests.loaders.actors.conftest import spans

if TYPE_CHECKING:
    from spacy.language import Language


def test_office_gives_the_one_article_state_that_has_it() -> None:
    assert state_of_office("Secretary of State", {"USA", "CHN"}) == "USA"
    assert state_of_office("Deputy Secretary of State", {"USA"}) == "USA"
    assert state_of_office("Chancellor", {"DEU", "FRA"}) == "DEU"
    assert state_of_office("Chancellor", {"AUT"}) == "AUT"
    assert state_of_office("Chancellor", {"DEU", "AUT"}) is None  # both have one: undecided
    assert state_of_office("Chancellor", {"FRA"}) is None
    assert state_of_office("Prime Minister", {"GBR"}) is None  # every state has one


def test_spelling_variants_of_one_known_surname_only() -> None:
    assert spelling_variant("zelenskiy", ["zelensky", "putin"]) == "zelensky"
    assert spelling_variant("nechaev", ["nechayev"]) == "nechayev"
    assert spelling_variant("putin", ["zelensky"]) is None
    assert spelling_variant("kimura", ["kimora", "kimure"]) is None  # two close: undecided


@pytest.mark.model
def test_bare_office_title_takes_the_state_the_article_names(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Secretary of State Mark Delaney flew to Hanoi on Monday, and Washington said the "
        "visit would focus on trade. Chancellor Greta Vogel met him in Berlin."
    )
    assert doc._.actors["person:mark-delaney"].country == "USA"
    assert doc._.actors["person:greta-vogel"].country == "DEU"


@pytest.mark.model
def test_state_description_is_the_person_and_gives_the_state(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "President Ivan Petrenko spoke with reporters in the capital on Sunday. Hours later "
        "the Ukrainian president appealed for more air defence."
    )
    found = spans(doc)
    assert found["Ukrainian president"] == "person:ivan-petrenko"
    assert doc._.actors["person:ivan-petrenko"].country == "UKR"
    assert "country:UKR" not in doc._.actors  # nobody spoke for Ukraine as a state


@pytest.mark.model
def test_descriptions_resolve_by_elimination(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "John Miller and Dmitri Volkov met in Vienna on Friday, with the U.S. president calling "
        "the talks useful. Miller praised the Russian leader for his candour."
    )
    found = spans(doc)
    assert found["Russian leader"] == "person:dmitri-volkov"  # not Miller, who praised him
    assert found["U.S. president"] == "person:john-miller"
    assert doc._.actors["person:dmitri-volkov"].country == "RUS"
    assert doc._.actors["person:john-miller"].country == "USA"


@pytest.mark.model
def test_ambiguous_description_resolves_to_nobody(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Prime Minister Anna Berg received President Omar Haddad on Tuesday. Later the Turkish "
        "leader left."
    )
    assert "Turkish leader" not in spans(doc)
    assert doc._.actors["person:anna-berg"].country is None
    assert doc._.actors["person:omar-haddad"].country is None


@pytest.mark.model
def test_possessive_and_apposition_descriptions(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Li Wenhao, China's top diplomat, arrived in Jakarta. Foreign Minister Tomas Rivera "
        "landed an hour later, and Spain's foreign minister said the talks went well."
    )
    assert doc._.actors["person:li-wenhao"].country == "CHN"
    assert spans(doc)["Spain's foreign minister"] == "person:tomas-rivera"
    assert doc._.actors["person:tomas-rivera"].country == "ESP"


@pytest.mark.model
def test_a_place_in_an_apposition_is_no_employer(actor_nlp: Language) -> None:
    doc = actor_nlp("A drone killed Hamid Sadri, a veteran adviser in Iraq, on Monday.")
    assert doc._.actors["person:hamid-sadri"].country is None


@pytest.mark.model
def test_title_then_name_then_state(actor_nlp: Language) -> None:
    doc = actor_nlp("King Abdullah II of Jordan met Joe Biden. The Jordanian king urged calm.")
    king = doc._.actors["person:abdullah-ii"]
    assert (king.title, king.country) == ("King", "JOR")
    assert spans(doc)["Jordanian king"] == "person:abdullah-ii"


@pytest.mark.model
def test_state_before_a_plain_description_of_the_person(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "A court jailed Australian writer Liam Carter, and Russian arms dealer Ivan Sokolov "
        "was freed."
    )
    assert doc._.actors["person:liam-carter"].country == "AUS"
    assert doc._.actors["person:ivan-sokolov"].country == "RUS"


@pytest.mark.model
def test_implied_subject_of_a_participle_is_not_the_one_described(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Vladimir Putin rolled out the red carpet for Narendra Modi on Tuesday, bestowing an "
        "honour on the Indian prime minister. Modi thanked his host."
    )
    assert spans(doc)["Indian prime minister"] == "person:narendra-modi"
    assert doc._.actors["person:narendra-modi"].country == "IND"
    # the description gives Putin nothing; his state is the office-holder table's
    assert doc._.actors["person:vladimir-putin"].country == "RUS"
    assert not [a for a in doc._.actors if a.startswith("organization:")]


@pytest.mark.model
def test_a_surname_spelt_another_way_is_the_same_person(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Ukrainian President Volodymyr Zelensky arrived in Warsaw on Monday. Zelenskiy said "
        "Kyiv needed more air defence."
    )
    assert spans(doc)["Zelenskiy"] == "person:volodymyr-zelensky"
    assert not [a for a in doc._.actors if a.startswith("organization:")]


@pytest.mark.model
def test_counterpart_before_a_comma_gives_the_state(actor_nlp: Language) -> None:
    doc = actor_nlp("Sergey Lavrov met his Chinese counterpart, Wang Yi, on Friday.")
    assert spans(doc)["Chinese counterpart"] == "person:wang-yi"
    wang = doc._.actors["person:wang-yi"]
    assert wang.country == "CHN"
    assert "Chinese counterpart" not in wang.aliases  # a post others hold: no name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Britain's Brexit Secretary Tom Harlow met Ana Ruiz.", "person:tom-harlow", "GBR"),
    ],
)
def test_a_state_before_the_field_of_a_post_is_the_person_s(
    actor_nlp: Language, text: str, person: str, state: str
) -> None:
    """ "Britain's Brexit Secretary": a capitalised field between the state and the post."""
    assert actor_nlp(text)._.actors[person].country == state


@pytest.mark.model
def test_an_ambassador_to_a_state_does_not_serve_it(actor_nlp: Language) -> None:
    doc = actor_nlp("The sanctions also hit Arturo Vega, a former ambassador to Washington.")
    assert doc._.actors["person:arturo-vega"].country is None


@pytest.mark.model
def test_a_spokeswoman_for_a_state_ministry_serves_it(actor_nlp: Language) -> None:
    doc = actor_nlp("The talks were led by Ana Ruiz, a spokeswoman for Peru's foreign ministry.")
    assert doc._.actors["person:ana-ruiz"].country == "PER"


@pytest.mark.model
def test_post_before_comma_closing_on_a_place_field_or_body(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Chile's envoy in Paris, Tomas Herrera, met French officials. Norway's top diplomat in "
        "the capital, Erik Solheim, said the talks would resume. Kenya's ambassador to China, "
        "Willy Bett, denied the report. U.S. assistant secretary of state for East Asian "
        "affairs, Daniel Kritenbrink, arrived in Manila. Chilean U.N. ambassador, Pablo "
        "Ortega, told the council the vote was premature."
    )
    actors = doc._.actors
    assert actors["person:tomas-herrera"].country == "CHL"
    assert actors["person:erik-solheim"].country == "NOR"
    assert actors["person:willy-bett"].country == "KEN"
    assert actors["person:daniel-kritenbrink"].country == "USA"
    assert actors["person:pablo-ortega"].country == "CHL"
    assert spans(doc).get("Chile's envoy in Paris") != "person:tomas-herrera"


@pytest.mark.model
def test_post_at_a_place_without_an_owner_gives_no_state(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The ambassador to Russia, Tom Keller, was summoned. A lawyer in London, Sam Reid, "
        "filed the suit."
    )
    assert doc._.actors["person:tom-keller"].country is None
    assert doc._.actors["person:sam-reid"].country is None


@pytest.mark.model
def test_rank_before_the_name_and_the_post_after_it(actor_nlp: Language) -> None:
    text = "Colonel Ibrahim Sow, spokesman for Mali's transitional government, denied the report."
    assert actor_nlp(text)._.actors["person:ibrahim-sow"].country == "MLI"


@pytest.mark.model
def test_a_plural_post_before_a_list_of_names(actor_nlp: Language) -> None:
    text = (
        "Canada sanctioned two Hungarian cabinet ministers, Peter Kovacs and Laszlo Toth, "
        "on Monday."
    )
    actors = actor_nlp(text)._.actors
    assert actors["person:laszlo-toth"].country == "HUN"
