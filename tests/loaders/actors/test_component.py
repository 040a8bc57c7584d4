"""The actor stage on real sentences (spaCy model): who is an actor, every way it is named."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.model


def mentioned(doc: Doc) -> dict[str, str]:
    """Mention text -> actor id."""
    return {doc[m.start : m.end].text: m.actor_id for m in doc._.mentions}


def test_title_pattern_gives_person_title_and_state(actor_nlp: Language) -> None:
    doc = actor_nlp("Russian Foreign Minister Sergey Lavrov met Chinese officials on Monday.")
    lavrov = doc._.actors["person:sergey-lavrov"]
    assert lavrov.name == "Sergey Lavrov"
    assert lavrov.title == "Foreign Minister"
    assert lavrov.country == "RUS"
    assert lavrov.roles[0].organization_id == "country:RUS"
    assert "country:RUS" in doc._.actors  # "Russian President" stands for the state
    assert mentioned(doc)["Chinese officials"] == "country:CHN"


def test_metonymy_by_syntax(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The Kremlin said Moscow would respond. Washington imposed sanctions on Tehran."
    )
    found = mentioned(doc)
    assert found["Kremlin"] == found["Moscow"] == "country:RUS"
    assert found["Washington"] == "country:USA"
    assert found["Tehran"] == "country:IRN"


def test_capital_only_as_a_place_is_no_actor(actor_nlp: Language) -> None:
    doc = actor_nlp("Japan lodged a protest through diplomatic channels in Beijing.")
    assert "country:JPN" in doc._.actors
    assert "country:CHN" not in doc._.actors


def test_surnames_and_pronouns_resolve_to_the_person(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "U.S. Secretary of State Antony Blinken arrived in Kyiv on Monday. "
        "Blinken met President Volodymyr Zelensky. He said Washington would help."
    )
    ids = {(doc[m.start : m.end].text, m.how): m.actor_id for m in doc._.mentions}
    assert ids[("Blinken", "surname")] == "person:antony-blinken"
    assert ids[("He", "pronoun")] == "person:antony-blinken"
    assert doc._.actors["person:antony-blinken"].country == "USA"
    assert "Blinken" in doc._.actors["person:antony-blinken"].aliases


def test_igo_and_news_agency(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "NATO condemned the strike, according to Reuters. The alliance urged restraint."
    )
    assert doc._.actors["organization:nato"].country is None
    assert not any("reuters" in ident for ident in doc._.actors)
    assert mentioned(doc)["alliance"] == "organization:nato"


def test_mentions_do_not_overlap(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Kremlin spokesman Dmitry Peskov said Russian forces had left. Peskov added that "
        "Iran's foreign ministry was informed."
    )
    taken: set[int] = set()
    for m in doc._.mentions:
        span = set(range(m.start, m.end))
        assert not span & taken
        taken |= span
    assert mentioned(doc)["Iran's foreign ministry"] == "country:IRN"
    assert mentioned(doc)["Russian forces"] == "country:RUS"


def test_definite_description_refers_to_the_named_leader(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Russian President Vladimir Putin spoke on Tuesday. Stoltenberg said the Russian "
        "leader had achieved the opposite."
    )
    assert mentioned(doc)["Russian leader"] == "person:vladimir-putin"


def test_datelines_bylines_and_quoted_outlets_are_no_actors(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "JERUSALEM (Reuters) - Israel struck targets in Gaza, the military told Reuters.\n\n"
        "Reporting by John Smith; Editing by Peter Graff"
    )
    assert set(doc._.actors) == {"country:ISR"}


def test_a_dateline_naming_city_and_country_is_no_organization(actor_nlp: Language) -> None:
    doc = actor_nlp("NUSA DUA, Indonesia, Nov 14 - Joe Biden and Xi Jinping held talks.")
    assert not [a for a in doc._.actors if a.startswith("organization:")]


def test_title_run_stops_at_a_conjunction(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Admiral Mahjoub Rahma signed for the Sudanese Armed Forces and Brigadier General "
        "Omer Hamdan Hammad for the RSF."
    )
    found = mentioned(doc)
    assert found["Sudanese Armed Forces"] == "organization:sudanese-armed-forces"
    assert found["Brigadier General Omer Hamdan Hammad"] == "person:omer-hamdan-hammad"


def test_apposition_and_counterpart_give_the_state(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Lavrov met his Chinese counterpart Wang Yi on Friday. Kaja Kallas, Estonia's prime "
        "minister, urged allies to act. A Moscow-based bank was fined."
    )
    assert doc._.actors["person:wang-yi"].country == "CHN"
    kallas = doc._.actors["person:kaja-kallas"]
    assert (kallas.country, kallas.title) == ("EST", "prime minister")
    assert "country:RUS" not in doc._.actors


def test_named_court_is_a_body_an_unnamed_one_its_state(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Moscow's Lefortovo district court ordered him held. A Berlin court later sentenced him."
    )
    found = mentioned(doc)
    assert found["Moscow's Lefortovo district court"].startswith("organization:")
    assert doc._.actors[found["Moscow's Lefortovo district court"]].country == "RUS"
    assert found["Berlin court"] == "country:DEU"


def test_things_and_places_the_ner_calls_people_are_dropped(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Houthi fighters seized the Galaxy Leader last year. Zelensky wrote on Twitter that "
        "the talks at Dolmabahce Palace had ended. He once worked for The Moscow Times."
    )
    kinds = {a.name: a.kind.value for a in doc._.actors.values()}
    assert "Twitter" not in kinds and "Galaxy Leader" not in kinds
    assert not any("Palace" in name or "Times" in name for name in kinds)
    assert kinds.get("Houthis") == "ORGANIZATION"
