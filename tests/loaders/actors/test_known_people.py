"""Well-known office-holders named bare get state and post from the curated table; what the
article says wins; a capital where a guest met the host becomes the state visited."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Actor, Article, Extraction

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _read(extractor: Extractor, text: str, published: date = date(2024, 3, 4)) -> Extraction:
    return extractor.extract(Article(id="article:t", text=text, published=published))


def _person(found: Extraction, name: str) -> Actor:
    return next(a for a in found.actors if a.name == name)


def _triples(found: Extraction) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in found.actors}
    return {(names[r.source_id], r.type.value, names[r.target_id]) for r in found.relations}


def test_a_leader_named_bare_gets_state_and_post_of_the_day(extractor: Extractor) -> None:
    found = _read(extractor, "Abiy Ahmed held talks with Recep Tayyip Erdogan on Wednesday.")
    abiy = _person(found, "Abiy Ahmed")
    assert (abiy.country, abiy.title) == ("ETH", "Prime Minister")
    assert _person(found, "Recep Tayyip Erdogan").country == "TUR"


def test_out_of_office_keeps_the_state_but_not_the_post(extractor: Extractor) -> None:
    merkel = _person(
        _read(extractor, "Angela Merkel spoke at a conference on Friday."), "Angela Merkel"
    )
    assert merkel.country == "DEU"
    assert merkel.title is None  # she left office in 2021


def test_what_the_article_says_wins_over_the_table(extractor: Extractor) -> None:
    found = _read(extractor, "Kenyan teacher Abiy Ahmed said the school would reopen.")
    assert _person(found, "Abiy Ahmed").country == "KEN"


def test_a_known_name_the_ner_calls_a_body_is_a_person(extractor: Extractor) -> None:
    found = _read(extractor, "Olaf Scholz met Annalena Baerbock on Friday.")
    assert _person(found, "Olaf Scholz").kind.value == "PERSON"


def test_talks_in_the_hosts_capital_are_a_visit(extractor: Extractor) -> None:
    found = _read(extractor, "Abiy Ahmed held talks with Recep Tayyip Erdogan in Ankara.")
    assert ("Abiy Ahmed", "VISITED", "Turkey") in _triples(found)


def test_locals_meeting_at_home_or_a_third_state_hosting_make_no_visit(
    extractor: Extractor,
) -> None:
    home = _read(extractor, "Olaf Scholz met Annalena Baerbock in Berlin on Friday.")
    assert not any(a.kind.value == "COUNTRY" for a in home.actors)
    third = _read(
        extractor,
        "The accord, signed in Prague by U.S. President Joe Biden and Chinese President Xi "
        "Jinping, took effect.",
    )
    assert "Czechia" not in {a.name for a in third.actors}


def test_a_hedged_meeting_is_no_plan(extractor: Extractor) -> None:
    found = _read(
        extractor,
        "U.S. President Donald Trump said he would probably meet Russian President Vladimir "
        "Putin in Riyadh before the end of the month.",
    )
    assert not {t for t in _triples(found) if t[1] in ("MET_WITH", "VISITED")}


def test_a_surname_only_one_office_holder_carries_is_that_person(extractor: Extractor) -> None:
    found = _read(extractor, "Erdogan hosted the talks on Wednesday, his office said.")
    assert _person(found, "Erdogan").country == "TUR"
    found = _read(extractor, "Kim hosted the talks on Wednesday, his office said.")
    assert all(a.country is None for a in found.actors)  # which Kim? nobody can tell


def test_a_known_surname_the_ner_calls_a_place_is_that_person(extractor: Extractor) -> None:
    found = _read(extractor, "Macron and Scholz met in Paris.")
    assert _person(found, "Scholz").country == "DEU"
    assert ("Scholz", "VISITED", "France") in _triples(found)


def test_a_guest_hosted_in_a_large_city_visited_its_state(extractor: Extractor) -> None:
    found = _read(
        extractor, "Recep Tayyip Erdogan hosted Volodymyr Zelensky in Istanbul on Friday."
    )
    assert ("Volodymyr Zelensky", "VISITED", "Turkey") in _triples(found)
    home = _read(extractor, "Olaf Scholz met Annalena Baerbock in Hamburg on Friday.")
    assert not any(a.kind.value == "COUNTRY" for a in home.actors)


def test_a_well_known_person_has_one_id_whatever_the_spelling(extractor: Extractor) -> None:
    """Ids come from the office-holder table's spelling, so the order articles arrive in does not
    decide whether the graph calls him person:sergei-lavrov or person:sergey-lavrov."""
    for spelling in ("Sergei Lavrov", "Sergey Lavrov"):
        found = _read(extractor, f"Foreign Minister {spelling} arrived in Ankara on Monday.")
        assert _person(found, spelling).id == "person:sergey-lavrov"  # named as the text has it


def test_letters_without_accents_to_strip_are_transliterated(extractor: Extractor) -> None:
    text = "Polish Foreign Minister Radosław Sikorski met Lars Løkke Rasmussen in Oslo."
    ids = {a.id for a in _read(extractor, text).actors}
    assert {"person:radoslaw-sikorski", "person:lars-lokke-rasmussen"} <= ids


def test_a_captain_rank_is_no_part_of_a_known_name(extractor: Extractor) -> None:
    found = _read(extractor, "Ties with Paris have frayed since Captain Ibrahim Traore took power.")
    person = _person(found, "Ibrahim Traore")
    assert person.country == "BFA"


def test_a_captain_rank_before_an_unknown_name(extractor: Extractor) -> None:
    found = _read(extractor, "Captain Tomas Ruiz said the ship would sail on Friday.")
    assert _person(found, "Tomas Ruiz").country is None


def test_a_leader_of_a_smaller_state_is_in_the_table_too(extractor: Extractor) -> None:
    found = _read(extractor, "Prime Minister Hun Manet met Luis Abinader in Singapore.")
    assert _person(found, "Hun Manet").country == "KHM"
    abinader = _person(found, "Luis Abinader")
    assert (abinader.country, abinader.title) == ("DOM", "President")
    # an earlier holder, read on a day of his term, gets the post he held then
    found = _read(extractor, "Hun Sen wrote to the junta leader.", date(2022, 7, 27))
    assert (_person(found, "Hun Sen").country, _person(found, "Hun Sen").title) == (
        "KHM",
        "Prime Minister",
    )
