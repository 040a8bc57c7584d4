"""Ends a reader took from the wrong phrase, on sentences of our own wording (model-backed):
the victims of a condemned act, the owner of "its" in a clause with its own subject, the owner
of someone's allies, wars and clashes that are not armed, a leader ousted in a coup."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, ActorRow, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Canada", "COUNTRY", "CAN", ("Ottawa",)),
    ("European Union", "ORGANIZATION", None, ("EU",)),
    ("United Kingdom", "COUNTRY", "GBR", ("Britain", "London")),
    ("Mali", "COUNTRY", "MLI", ("Bamako",)),
    ("France", "COUNTRY", "FRA", ("French", "Paris")),
    ("Assimi Goita", "PERSON", "MLI", ("Goita",)),
    ("Bah Ndaw", "PERSON", "MLI", ("Ndaw",)),
    ("Gustavo Petro", "PERSON", "COL", ("Petro",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Britain condemned the sentencing of Berg and Keller by a Russian court.", {"Tom Keller"}),
        ("Washington denounced the jailing of Keller and Berg in Iran.", {"Anna Berg"}),
        ("Biden criticised the arrest of Berg, Keller and two others.", {"Tom Keller"}),
        ("Tehran denounced his extradition to the United States as a kidnapping.", set()),
    ],
)
def test_the_people_an_act_was_done_to_are_not_condemned(
    read_more: Reader, text: str, victims: set[str]
) -> None:
    condemned = {t for _, kind, t in triples(read_more(text)) if kind == "CONDEMNED"}
    assert not condemned & (victims | {"Anna Berg", "Tom Keller"})


def test_a_list_inside_a_name_is_still_a_list(read_more: Reader) -> None:
    found = triples(read_more("Blinken visited Egypt, the Republic of Mali, Canada and Iran."))
    assert {("Antony Blinken", "VISITED", c) for c in ("Canada", "Iran")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The EU has imposed sanctions on Russia since Moscow launched its invasion of Ukraine.",
        "The EU sought a bigger role as Moscow became consumed by its war in Ukraine.",
        "NATO has boosted its defences since Russia began its war against Ukraine.",
        "The EU condemned Russia, which has stepped up its attacks on Ukraine.",
    ],
)
def test_its_in_a_clause_of_its_own_is_not_the_main_subject(read_more: Reader, text: str) -> None:
    found = triples(read_more(text))
    assert not {("European Union", "ATTACKED", "Ukraine"), ("NATO", "ATTACKED", "Ukraine")} & found


@pytest.mark.parametrize(
    "text",
    [
        "The EU has imposed sanctions on Russia since Moscow launched its invasion of Ukraine.",
        "Britain sanctioned Russian banks after Moscow intensified its bombardment of Ukraine.",
        "The EU condemned Russia, which has stepped up its attacks on Ukraine.",
        "Russia said on Monday that it had expanded its strikes on Ukraine.",
    ],
)
def test_its_still_names_the_clause_subject_as_the_doer(read_more: Reader, text: str) -> None:
    assert ("Russia", "ATTACKED", "Ukraine") in triples(read_more(text))


@pytest.mark.parametrize(
    "text",
    [
        "Biden ordered punitive measures against one of China's closest allies.",
        "Biden's tariffs on China's biggest trading partners took effect on Tuesday.",
    ],
)
def test_sanctions_on_someones_allies_do_not_hit_them(read_more: Reader, text: str) -> None:
    assert ("Joe Biden", "SANCTIONED", "China") not in triples(read_more(text))


def test_sanctions_on_a_states_bank_still_hit_the_state(read_more: Reader) -> None:
    found = triples(read_more("Washington imposed sanctions on Iran's central bank."))
    assert ("United States", "SANCTIONED", "Iran") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"Washington launched a trade war on Canada," he said.', ("United States", "Canada")),
        ("China and the U.S. have fought a tariff war since 2018.", ("China", "United States")),
        ("Russia and Ukraine are locked in a war of words over grain.", ("Russia", "Ukraine")),
        ("Petro has clashed with Israel since the start of the war.", ("Gustavo Petro", "Israel")),
        ("Zelensky clashed with Moscow at the summit.", ("Volodymyr Zelensky", "Russia")),
    ],
)  # fmt: skip
def test_fights_that_are_not_armed_are_no_attack(
    read_more: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "ATTACKED", pair[1]) not in triples(read_more(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia launched a war against Ukraine in 2022.", ("Russia", "Ukraine")),
        ("Russian and Ukrainian troops clashed near the border on Tuesday.", ("Russia", "Ukraine")),
        ("Israel waged war on Iran in June.", ("Israel", "Iran")),
    ],
)  # fmt: skip
def test_armed_wars_and_clashes_still_attack(
    read_more: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "ATTACKED", pair[1]) in triples(read_more(text))


def test_a_leader_ousted_in_a_coup_is_not_expelled(read_more: Reader) -> None:
    found = triples(read_more("Colonel Goita seized power in May, ousting President Ndaw."))
    assert ("Assimi Goita", "EXPELLED", "Bah Ndaw") not in found


def test_expelled_diplomats_still_are(read_more: Reader) -> None:
    found = triples(read_more("Mali expelled the French ambassador on Monday."))
    assert ("Mali", "EXPELLED", "France") in found
