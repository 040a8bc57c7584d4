"""Strikes read past a hedge and onto a state's soil; acts owned by "the group" or named as a
campaign; sanctions in a contact relative clause or "also targeted"; persona non grata and
expelled nationals (model-backed, sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Hezbollah", "ORGANIZATION", None, ()),
    ("Pakistan", "COUNTRY", "PAK", ("Islamabad", "Pakistani")),
    ("European Union", "ORGANIZATION", None, ("EU", "bloc")),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


def _of(doc: Doc, kind: str) -> set[tuple[str, str]]:
    return {(s, t) for s, k, t in triples(doc) if k == kind}


def test_a_hedged_target_and_the_soil_it_lies_on_were_struck(read_more: Reader) -> None:
    doc = read_more(
        "On Monday Israel launched drones at what it said were depots of the armed group "
        "Hezbollah in Pakistan's Khyber province."
    )
    assert {("Israel", "Hezbollah"), ("Israel", "Pakistan")} <= _of(doc, "ATTACKED")


def test_what_the_army_called_camps_including_a_named_group(read_more: Reader) -> None:
    doc = read_more(
        "Pakistani jets struck what the army called camps of armed groups, including "
        "Hezbollah, in Iran's Kerman province."
    )
    assert {("Pakistan", "Hezbollah"), ("Pakistan", "Iran")} <= _of(doc, "ATTACKED")


@pytest.mark.parametrize(
    "text",
    [
        "Israel threatened to launch drones at what it said were depots of the armed group "
        "Hezbollah in Pakistan's Khyber province.",
        "Israel did not strike what it called camps of Hezbollah in Iran's Kerman province.",
        "If Israel strikes what it calls depots of Hezbollah in Iran's Kerman province, Tehran "
        "will respond.",
        "Iran's army held drills in Pakistan's Khyber province.",
    ],
)
def test_no_strike_no_soil(read_more: Reader, text: str) -> None:
    assert not _of(read_more(text), "ATTACKED")


def test_the_groups_attack_is_the_group_named_before(read_more: Reader) -> None:
    doc = read_more(
        "Officials said Hezbollah had been behind it, and that the group's attack on Israel "
        "killed two soldiers."
    )
    assert ("Hezbollah", "Israel") in _of(doc, "ATTACKED")


@pytest.mark.parametrize(
    "text",
    [
        "Officials named Hezbollah and said the group's threat of an attack on Israel was real.",
        "Qatar praised Egypt and said the country's attack on Israel was a mistake.",
    ],
)
def test_no_group_or_no_attack(read_more: Reader, text: str) -> None:
    assert ("Hezbollah", "Israel") not in _of(read_more(text), "ATTACKED")
    assert ("Egypt", "Israel") not in _of(read_more(text), "ATTACKED")


def test_a_possessive_campaign_against_is_an_attack(read_more: Reader) -> None:
    doc = read_more("Israel's campaign against Hezbollah has lasted a year.")
    assert ("Israel", "Hezbollah") in _of(doc, "ATTACKED")


@pytest.mark.parametrize(
    "text",
    [
        "Israel's diplomatic campaign against Hezbollah has lasted a year.",
        "Israel's possible campaign against Hezbollah worries Cairo.",
        "Qatar accused Israel of abuses in its campaign against Hezbollah.",
    ],
)
def test_no_military_campaign_or_no_sure_owner(read_more: Reader, text: str) -> None:
    assert ("Israel", "Hezbollah") not in _of(read_more(text), "ATTACKED")


def test_sanctions_a_state_imposed_on_someone(read_more: Reader) -> None:
    doc = read_more("Tehran retaliated for sanctions Washington imposed on Hezbollah in May.")
    assert ("United States", "Hezbollah") in _of(doc, "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "Tehran warned about sanctions Washington threatened to impose on Hezbollah.",
        "Tehran warned about sanctions Washington may impose on Hezbollah.",
    ],
)
def test_threatened_or_possible_sanctions_are_none(read_more: Reader, text: str) -> None:
    assert not _of(read_more(text), "SANCTIONED")


def test_also_targeted_beside_sanctions_is_a_sanction(read_more: Reader) -> None:
    doc = read_more(
        "The European Union imposed sanctions on Iran in May, and Washington has also "
        "targeted Hezbollah."
    )
    assert ("United States", "Hezbollah") in _of(doc, "SANCTIONED")
    assert ("United States", "Hezbollah") not in _of(doc, "ATTACKED")


def test_targeted_beside_a_strike_is_no_sanction(read_more: Reader) -> None:
    doc = read_more("Israel bombed depots in Gaza and also targeted Hezbollah.")
    assert not _of(doc, "SANCTIONED")


def test_declared_persona_non_grata_expels_the_envoys_state(read_more: Reader) -> None:
    doc = read_more("Kyiv declared Russia's consul persona non grata on Friday.")
    assert ("Ukraine", "Russia") in _of(doc, "EXPELLED")


def test_a_passive_declaration_announced_by_a_minister(read_more: Reader) -> None:
    doc = read_more(
        "Zelensky announced that two members of the Russian embassy staff had been declared "
        "persona non grata."
    )
    assert ("Ukraine", "Russia") in _of(doc, "EXPELLED")


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv threatened to declare Russia's consul persona non grata.",
        "Kyiv did not declare Russia's consul persona non grata.",
        "Kyiv could declare Russia's consul persona non grata.",
    ],
)
def test_no_declaration_no_expulsion(read_more: Reader, text: str) -> None:
    assert not _of(read_more(text), "EXPELLED")


def test_expelled_nationals_and_a_prompted_reply(read_more: Reader) -> None:
    doc = read_more("Kyiv expelled a Russian diplomat, prompting Moscow to expel two Ukrainians.")
    assert ("Russia", "Ukraine") in _of(doc, "EXPELLED")


def test_urged_to_expel_is_no_expulsion(read_more: Reader) -> None:
    doc = read_more("Kyiv condemned the raid, urging Moscow to expel two Ukrainians.")
    assert ("Russia", "Ukraine") not in _of(doc, "EXPELLED")


def test_a_body_announcing_what_it_did(read: Reader) -> None:
    doc = read("Biden spoke on Friday, a day after the FSB announced that it had detained Berg.")
    assert ("FSB", "DETAINED", "Anna Berg") in triples(doc)


def test_a_body_announcing_what_it_may_do_did_nothing(read: Reader) -> None:
    doc = read("Biden spoke on Friday, a day after the FSB announced that it could detain Berg.")
    assert not any(kind == "DETAINED" for _, kind, _ in triples(doc))


def test_a_parenthesis_between_subject_and_passive(read: Reader) -> None:
    doc = read("Berg, once dubbed the queen of spies, was arrested by Russian police in 2019.")
    assert ("Russia", "DETAINED", "Anna Berg") in triples(doc)


def test_a_parenthesis_and_a_passive_wish(read: Reader) -> None:
    doc = read("Berg, once dubbed the queen of spies, was never arrested by Russian police.")
    assert not any(kind == "DETAINED" for _, kind, _ in triples(doc))


def test_measures_adopted_by_a_bloc_target_each_listed(read_more: Reader) -> None:
    doc = read_more(
        "The sanctions, adopted by the bloc's foreign ministers, target Berg and Keller."
    )
    found = _of(doc, "SANCTIONED")
    assert {("European Union", "Anna Berg"), ("European Union", "Tom Keller")} <= found


def test_measures_nobody_adopted_target_nothing(read_more: Reader) -> None:
    doc = read_more("The measures target Berg and Keller, officials said.")
    assert not _of(doc, "SANCTIONED")


def test_the_state_that_held_a_term_frees_not_the_one_that_arrested(read: Reader) -> None:
    doc = read(
        "Berg, once dubbed the queen of spies, was arrested by Iranian police in 2008. She "
        "has been serving a 20-year term in Russia since 2010. Blinken called for Berg's "
        "release."
    )
    found = triples(doc)
    assert ("Iran", "DETAINED", "Anna Berg") in found
    assert ("Antony Blinken", "URGED", "Iran") not in found


def test_a_past_clause_of_time_is_a_fact_under_any_main_clause(read: Reader) -> None:
    doc = read(
        "Moscow told Ukrainian envoys to leave, a day after Kyiv expelled two Russian envoys."
    )
    assert ("Ukraine", "EXPELLED", "Russia") in triples(doc)


def test_a_future_clause_of_time_is_no_fact(read: Reader) -> None:
    doc = read("Moscow will tell Ukrainian envoys to leave when Kyiv expels Russian envoys.")
    assert ("Ukraine", "EXPELLED", "Russia") not in triples(doc)


def test_the_announced_expulsion_of_diplomats(read: Reader) -> None:
    doc = read("Washington announced sanctions and the expulsion of ten Russian diplomats.")
    assert ("United States", "EXPELLED", "Russia") in triples(doc)


def test_a_demanded_expulsion_is_none(read: Reader) -> None:
    doc = read("Kyiv demanded the expulsion of Russian diplomats from the council.")
    assert not any(kind == "EXPELLED" for _, kind, _ in triples(doc))


def test_a_passive_expulsion_announced_by_a_ministry(read: Reader) -> None:
    doc = read("The Ukrainian foreign ministry said that many Russian diplomats would be expelled.")
    assert ("Ukraine", "EXPELLED", "Russia") in triples(doc)


def test_expelled_from_elsewhere_is_not_the_announcers(read: Reader) -> None:
    doc = read(
        "The Ukrainian foreign ministry said Russian diplomats had been expelled from Egypt."
    )
    assert ("Ukraine", "EXPELLED", "Russia") not in triples(doc)


def test_ordered_dozens_of_diplomats_out(read: Reader) -> None:
    doc = read("Ukraine and Egypt ordered dozens of Russian diplomats out of their countries.")
    found = triples(doc)
    assert {("Ukraine", "EXPELLED", "Russia"), ("Egypt", "EXPELLED", "Russia")} <= found


def test_expelling_advisers_named_by_a_demonym(read_more: Reader) -> None:
    doc = read_more("Islamabad responded by expelling Iranian military advisers.")
    assert ("Pakistan", "Iran") in _of(doc, "EXPELLED")


def test_a_war_fought_with_someone_is_fought_both_ways(read_more: Reader) -> None:
    doc = read_more("Hezbollah, the group that fought a long war with Israel in 2006, said little.")
    assert {("Hezbollah", "Israel"), ("Israel", "Hezbollah")} <= _of(doc, "ATTACKED")


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah threatened to fight a war with Israel.",
        "Hezbollah did not fight a war with Israel in 2006.",
        "Hezbollah won the war of words with Israel.",
    ],
)
def test_no_war_fought(read_more: Reader, text: str) -> None:
    assert not _of(read_more(text), "ATTACKED")


def test_arrested_by_a_states_police_minutes_later(read_more: Reader) -> None:
    doc = read_more("Berg was arrested by Pakistani police minutes after the shooting.")
    assert ("Pakistan", "Anna Berg") in _of(doc, "DETAINED")


@pytest.mark.parametrize(
    "text",
    [
        "Berg was not arrested by Pakistani police minutes after the shooting.",
        "Berg was praised by Pakistani police minutes after the shooting.",
        "Berg was arrested by Pakistani hunters minutes after the shooting.",
    ],
)
def test_no_arrest_or_no_police(read_more: Reader, text: str) -> None:
    assert ("Pakistan", "Anna Berg") not in _of(read_more(text), "DETAINED")


def test_tariffs_on_goods_a_demonym_names(read_more: Reader) -> None:
    doc = read_more("Islamabad then slapped heavy tariffs on Iranian barley and wine.")
    assert ("Pakistan", "Iran") in _of(doc, "SANCTIONED")


def test_tariffs_threatened_on_goods_are_none(read_more: Reader) -> None:
    doc = read_more("Islamabad threatened to slap heavy tariffs on Iranian barley and wine.")
    assert not _of(doc, "SANCTIONED")


def test_a_passive_sanction_announced_by_a_leader(read_more: Reader) -> None:
    doc = read_more("Biden announced that American airspace would be closed to Iranian flights.")
    assert ("Joe Biden", "Iran") in _of(doc, "SANCTIONED")


def test_a_passive_sanction_someone_else_imposed(read_more: Reader) -> None:
    doc = read_more("Biden said that Iranian assets had been frozen by Egypt.")
    assert ("Joe Biden", "Iran") not in _of(doc, "SANCTIONED")


def test_matching_measures_hit_whom_the_last_sanctions_hit(read_more: Reader) -> None:
    doc = read_more(
        "The European Union imposed sanctions on Berg and Keller on Monday. Egypt and Qatar "
        "imposed matching measures on the same officials."
    )
    found = _of(doc, "SANCTIONED")
    assert {("Egypt", "Anna Berg"), ("Qatar", "Tom Keller")} <= found


def test_similar_bans_by_others(read_more: Reader) -> None:
    doc = read_more(
        "Biden announced that American airspace would be closed to Iranian flights, following "
        "similar bans by Egypt and Qatar."
    )
    assert {("Egypt", "Iran"), ("Qatar", "Iran")} <= _of(doc, "SANCTIONED")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Qatar imposed matching measures on the same officials.",
        "The European Union imposed sanctions on Berg on Monday. Egypt and Qatar may impose "
        "matching measures on the same officials.",
        "The European Union imposed sanctions on Berg on Monday. Egypt and Qatar refused to "
        "impose similar sanctions.",
    ],
)
def test_no_earlier_sanction_or_no_copy(read_more: Reader, text: str) -> None:
    found = _of(read_more(text), "SANCTIONED")
    assert not {t for t in found if t[0] in ("Egypt", "Qatar")}
