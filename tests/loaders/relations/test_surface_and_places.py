"""Lists and appositions the parse loses, meetings named by a clause, and meetings held in a city:
read by the whole extractor (actor stage included) on sentences of our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.pipeline import Extractor
from schema.models import Article
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


def test_every_name_of_a_broken_list_is_met(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "American journalist Daniel Mercer, engineer Paul Hollis and teacher Ana Duarte were "
        "freed by Belarus. On Friday President Joe Biden greeted Mercer, Hollis and Radio "
        "Liberty reporter Ana Duarte at Andrews air base.",
    )
    for guest in ("Daniel Mercer", "Paul Hollis", "Ana Duarte"):
        assert met(found, "Joe Biden", guest)
    # greeted one after another: the guests did not meet one another
    assert not met(found, "Daniel Mercer", "Paul Hollis")


def test_a_possessive_is_no_list_member(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Antony Blinken met Sergey Lavrov, Lavrov's spokeswoman Maria Zakharova said on Monday.",
    )
    assert met(found, "Antony Blinken", "Sergey Lavrov")
    assert not met(found, "Antony Blinken", "Maria Zakharova")


def test_a_name_after_a_comma_is_the_noun_it_follows(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "On Thursday, Joe Biden met Alexei Navalny's widow, Yulia Navalnaya, and their "
        "daughter in San Francisco.",
    )
    assert met(found, "Joe Biden", "Yulia Navalnaya")


def test_talks_someone_hosted_with_others_are_a_meeting_of_all(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The deal came after two hours of talks that NATO Secretary General Jens Stoltenberg "
        "hosted and chaired with Turkish President Tayyip Erdogan and Swedish Prime Minister "
        "Ulf Kristersson.",
    )
    assert met(found, "Jens Stoltenberg", "Tayyip Erdogan")
    assert met(found, "Jens Stoltenberg", "Ulf Kristersson")
    assert met(found, "Tayyip Erdogan", "Ulf Kristersson")


def test_between_hung_on_the_place_still_names_the_parties(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The accord followed talks in the Omani capital between Iranian envoy Ali Bagheri "
        "and U.S. envoy Brett McGurk.",
    )
    assert met(found, "Ali Bagheri", "Brett McGurk")


def test_a_meeting_in_a_large_city_is_a_visit_to_its_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "U.S. President Joe Biden met Saudi Crown Prince Mohammed bin Salman in Jeddah on "
        "Friday. Saudi Arabia later opened its airspace to Israeli flights.",
    )
    assert ("Joe Biden", "VISITED", "Saudi Arabia") in found
    assert ("Mohammed bin Salman", "VISITED", "Saudi Arabia") not in found  # at home


def test_a_city_whose_state_the_story_never_names_brings_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Joe Biden met Xi Jinping in Geneva on Friday.")
    assert not any(kind == "VISITED" for _, kind, _ in found)


def test_a_meeting_not_held_brings_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Joe Biden did not meet Saudi Crown Prince Mohammed bin Salman in Jeddah. Saudi "
        "Arabia said nothing.",
    )
    assert ("Joe Biden", "VISITED", "Saudi Arabia") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarusian police took opposition blogger Anton Kovalenko into custody on Sunday.",
            ("Belarus", "DETAINED", "Anton Kovalenko"),
        ),
        (
            "Opposition blogger Anton Kovalenko was arrested in Minsk on Sunday. Belarus said "
            "he had organised riots.",
            ("Belarus", "DETAINED", "Anton Kovalenko"),
        ),
        (
            "American teacher Tom Keller was arrested in the Urals city of Yekaterinburg. "
            "Russia said he had smuggled drugs.",
            ("Russia", "DETAINED", "Tom Keller"),
        ),
        (
            "Israeli warplanes hit Hamas targets across the Gaza Strip on Sunday.",
            ("Israel", "ATTACKED", "Hamas"),
        ),
        (
            "In November the European Union put Alexander Lukashenko himself under sanctions.",
            ("European Union", "SANCTIONED", "Alexander Lukashenko"),
        ),
    ],
)
def test_custody_cities_hits_and_sanctions(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # ("hit Chinese goods with new tariffs" is a sanction, not an attack:
        # test_support_mediation_battery.py)
        "Russian police did not take American teacher Tom Keller into custody.",
        "The European Union could put Alexander Lukashenko under sanctions.",
    ],
)
def test_other_senses_and_unreal_acts_are_no_relation(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind in ("ATTACKED", "DETAINED", "SANCTIONED") for _, kind, _ in found)


def test_the_two_are_the_pair_of_the_clause_before(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "President Joe Biden said he pressed Saudi Crown Prince Mohammed bin Salman on oil "
        "output when the two met on Friday.",
    )
    assert met(found, "Joe Biden", "Mohammed bin Salman")


def test_the_two_with_no_pair_before_are_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "President Joe Biden said prices would fall when the two met on Friday."
    )
    assert not any(kind == "MET_WITH" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian missiles struck a children's hospital in Kyiv on Monday. Ukraine mourned.",
            ("Russia", "ATTACKED", "Ukraine"),
        ),
        (
            "Russian forces shelled Kharkiv overnight, Ukraine said.",
            ("Russia", "ATTACKED", "Ukraine"),
        ),
        (
            "Indian Prime Minister Narendra Modi flew to Vladivostok on Monday. Russia welcomed "
            "the visit.",
            ("Narendra Modi", "VISITED", "Russia"),
        ),
    ],
)
def test_a_place_in_a_state_stands_for_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_a_city_in_no_state_of_the_story_is_no_target(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Russian forces shelled Kharkiv overnight.")
    assert not any(kind == "ATTACKED" for _, kind, _ in found)


def test_saying_another_party_should_act_urges_it(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "French President Emmanuel Macron insisted Russia must withdraw its troops from Ukraine.",
    )
    assert ("Emmanuel Macron", "URGED", "Russia") in found


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron said Russia would withdraw its troops from Ukraine.",
        "French President Emmanuel Macron said Russia should have never started the war.",
        "French President Emmanuel Macron warned of consequences should Russia use gas.",
        "French President Emmanuel Macron said France must do more for Ukraine.",
        "French President Emmanuel Macron did not say Russia should withdraw.",
    ],
)
def test_facts_reproaches_conditions_and_ones_own_state_are_no_urging(
    extractor: Extractor, text: str
) -> None:
    assert not any(kind == "URGED" for _, kind, _ in extracted_triples(extractor, text))


def test_embassy_staff_stand_for_their_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Russia expelled 20 employees of the Czech embassy in Moscow."
    )
    assert ("Russia", "EXPELLED", "Czechia") in found


def test_members_named_after_including_are_targets_too(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The European Union imposed sanctions on four Chinese officials, including Chen Quanguo "
        "and Zhu Hailun.",
    )
    assert ("European Union", "SANCTIONED", "Chen Quanguo") in found
    assert ("European Union", "SANCTIONED", "Zhu Hailun") in found


def test_items_enumerated_after_a_cue_are_targets(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Beijing announced sanctions on five people and two bodies it called liars, among them "
        "Anna Berg, a Swedish scholar who studies China, Danish lawmaker Ole Hansen and German "
        "researcher Karl Vogt.",
    )
    for target in ("Anna Berg", "Ole Hansen", "Karl Vogt"):
        assert ("China", "SANCTIONED", target) in found


def test_semicolon_items_are_one_list(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The European Union sanctioned Zhu Hailun, a former security chief in the region; Wang "
        "Mingshan, who now holds that post; and Chen Mingguo, director of the police bureau.",
    )
    for target in ("Zhu Hailun", "Wang Mingshan", "Chen Mingguo"):
        assert ("European Union", "SANCTIONED", target) in found


def test_a_gapped_clause_has_its_own_parties(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "On Friday Vice President JD Vance had spoken by phone with Prime Minister Narendra "
        "Modi, and Secretary of State Marco Rubio with Indian Foreign Minister Subrahmanyam "
        "Jaishankar and Pakistani Prime Minister Shehbaz Sharif.",
    )
    assert met(found, "JD Vance", "Narendra Modi")
    assert met(found, "Marco Rubio", "Subrahmanyam Jaishankar")
    assert met(found, "Marco Rubio", "Shehbaz Sharif")
    assert not met(found, "JD Vance", "Marco Rubio")
    # calls by phone are one each: the two called did not meet
    assert not met(found, "Subrahmanyam Jaishankar", "Shehbaz Sharif")


def test_subjects_read_into_an_opening_time_phrase_still_act(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Qatar has mediated between the rebels and the government, and in March Congolese "
        "President Felix Tshisekedi and Rwandan President Paul Kagame held their first meeting.",
    )
    assert met(found, "Felix Tshisekedi", "Paul Kagame")


def test_summoned_to_a_ministry_is_met_by_its_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The Czech ambassador, Vitezslav Pivonka, was summoned to the Russian foreign ministry.",
    )
    assert ("Russia", "MET_WITH", "Vitezslav Pivonka") in found


def test_each_acting_on_the_other_is_both_directions(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Canada and India each expelled six of the other's diplomats."
    )
    assert ("Canada", "EXPELLED", "India") in found
    assert ("India", "EXPELLED", "Canada") in found
    found = extracted_triples(extractor, "Canada and India did not expel each other's diplomats.")
    assert not any(kind == "EXPELLED" for _, kind, _ in found)


def test_a_vetoed_draft_is_rejecting_those_who_put_it_forward(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Russia vetoed a draft resolution put forward by the United States and Albania."
    )
    assert ("Russia", "REJECTED", "United States") in found
    assert ("Russia", "REJECTED", "Albania") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former Vice President Jorge Glas was detained by Ecuadorean police late on Friday.",
            ("Ecuador", "DETAINED", "Jorge Glas"),
        ),
        (
            "Russian troops attacked Ukrainian positions near Bakhmut.",
            ("Russia", "ATTACKED", "Ukraine"),
        ),
        (
            "Mali gave the French ambassador 72 hours to leave the country.",
            ("Mali", "EXPELLED", "France"),
        ),
        (
            "Venezuela rejected the ruling of the International Court of Justice.",
            ("Venezuela", "REJECTED", "International Court of Justice"),
        ),
        (
            "Turkey mediated talks between Ethiopia and Somalia in Ankara.",
            ("Turkey", "MEDIATED", "Ethiopia"),
        ),
    ],
)
def test_demonyms_small_clauses_and_misread_verbs(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_a_state_struck_on_its_soil_is_a_party(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Iran launched missile strikes on militant bases in Pakistan on Tuesday."
    )
    assert ("Iran", "ATTACKED", "Pakistan") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli Prime Minister Benjamin Netanyahu called South Africa's genocide accusation "
            "outrageous.",
            ("Benjamin Netanyahu", "REJECTED", "South Africa"),
        ),
        ("China summoned the Japanese ambassador on Thursday.", ("China", "MET_WITH", "Japan")),
        (
            "Myanmar junta chief Min Aung Hlaing attended the meeting in Jakarta. Indonesia "
            "hosted it.",
            ("Min Aung Hlaing", "VISITED", "Indonesia"),
        ),
    ],
)
def test_claims_labelled_false_summoned_envoys_and_attended_gatherings(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_a_gathering_not_attended_is_no_visit(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Myanmar junta chief Min Aung Hlaing did not attend the summit in Jakarta. Indonesia "
        "hosted it.",
    )
    assert not any(kind == "VISITED" for _, kind, _ in found)


def test_a_known_war_named_without_its_doer(extractor: Extractor) -> None:
    text = (
        "Moscow jailed the reporter a year after the invasion of Ukraine. Kyiv condemned the "
        "sentence."
    )
    found = extracted_triples(extractor, text)
    assert ("Russia", "ATTACKED", "Ukraine") in found


def test_a_known_war_before_it_began_is_no_attack(extractor: Extractor) -> None:
    article = Article(
        id="article:t",
        text="Moscow jailed the reporter a year after the invasion of Ukraine. Kyiv condemned "
        "the sentence.",
        published=date(2021, 12, 1),
    )
    found = extractor.extract(article)
    assert not any(r.type.value == "ATTACKED" for r in found.relations)


def test_joining_a_foreign_leader_at_the_table_is_a_meeting(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "European Commission President Ursula von der Leyen joined Chinese President Xi "
        "Jinping for a three-way meeting.",
    )
    assert met(found, "Ursula von der Leyen", "Xi Jinping")
    found = extracted_triples(
        extractor,
        "Secretary of State Marco Rubio joined U.S. President Donald Trump at the table.",
    )
    assert not met(found, "Marco Rubio", "Donald Trump")  # one delegation


def test_speaking_to_someone_is_a_meeting(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "U.S. President Joe Biden had spoken to Brittney Griner by phone on Thursday."
    )
    assert met(found, "Joe Biden", "Brittney Griner")


def test_a_plan_called_off_later_in_the_sentence_is_no_plan(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Czech Interior Minister Jan Hamacek had been due to fly to Moscow on Monday, but he "
        "called off the trip. Russia was angry.",
    )
    assert ("Jan Hamacek", "VISITED", "Russia") not in found
    found = extracted_triples(
        extractor,
        "Czech Interior Minister Jan Hamacek is due to fly to Moscow on Monday. Russia welcomed "
        "the trip.",
    )
    assert ("Jan Hamacek", "VISITED", "Russia") in found


def test_a_list_member_the_parser_hangs_on_the_verb_is_still_met(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Antony Blinken and Jake Sullivan met China's top diplomat, Yang Jiechi, and Foreign "
        "Minister Wang Yi at a hotel in Anchorage.",
    )
    for guest in ("Yang Jiechi", "Wang Yi"):
        assert met(found, "Antony Blinken", guest)
        assert met(found, "Jake Sullivan", guest)
    assert not met(found, "Antony Blinken", "Jake Sullivan")
