"""Constructions of wire copy read by the whole extractor (actor stage included), written as a
battery of our own sentences, never copied from a gold case: custody handed on, conditions and
hedges, a state's ships and embassy, detentions named by nouns, phone calls, sentences for crimes,
claims rejected or alleged, deals brokered for others, and what someone is praised or blamed for."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


def test_a_state_that_extradited_a_prisoner_is_not_the_one_that_frees_him(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus freed three Americans on Friday in exchange for Dmitri Volkov, a banker the "
        "United States had been prosecuting. Volkov was arrested in Cape Verde in 2021 when his "
        "plane stopped to refuel{}."
    )
    handed_on = extracted_triples(
        extractor, text.format(" and was extradited to Miami a year later")
    )
    assert not any(s == "Cabo Verde" and t == "RELEASED" for s, t, _ in handed_on)
    assert ("Belarus", "SIGNED_AGREEMENT_WITH", "United States") in handed_on
    assert ("Cabo Verde", "DETAINED", "Dmitri Volkov") in handed_on
    kept = extracted_triples(extractor, text.format(""))
    assert ("Cabo Verde", "RELEASED", "Dmitri Volkov") in kept


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia exchanged prisoners and released dozens of them.",
        "The United States and Britain sanctioned Iran and condemned the leaders of them.",
    ],
)
def test_a_pronoun_whose_antecedent_leads_back_to_it_reads_without_failing(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)  # "them" -> "the leaders of them" -> "them" ...
    assert all(source != target for source, _, target in found)


def test_the_main_clause_of_a_condition_is_no_fact(extractor: Extractor) -> None:
    said = "Lithuania said it would expel the Russian ambassador if the attacks continued."
    assert extracted_triples(extractor, said) == set()
    done = "Lithuania expelled the Russian ambassador after the attacks continued."
    assert ("Lithuania", "EXPELLED", "Russia") in extracted_triples(extractor, done)


def test_a_states_ships_and_embassy_stand_for_it(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "China's coast guard fired water cannon at a Philippine boat."
    )
    assert ("China", "ATTACKED", "Philippines") in found
    found = extracted_triples(extractor, "Ecuadorean police stormed the Mexican embassy in Quito.")
    assert ("Ecuador", "ATTACKED", "Mexico") in found


def test_a_company_whose_employee_was_held_is_not_the_detainee(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Chinese authorities detained a Japanese employee of Astellas Pharma."
    )
    assert not any(target == "Astellas Pharma" for _, _, target in found)


def test_held_in_a_capital_is_held_by_its_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "American journalist Evan Hart, who was detained in Moscow in March, faces up to 20 "
        "years in prison.",
    )
    assert ("Russia", "DETAINED", "Evan Hart") in found
    met = extracted_triples(
        extractor, "American journalist Evan Hart spoke to reporters in Moscow."
    )
    assert not any(rel == "DETAINED" for _, rel, _ in met)


def test_a_detention_named_by_a_noun_with_its_doer(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The detention of Paul Whelan by Russia has strained ties."
    )
    assert ("Russia", "DETAINED", "Paul Whelan") in found
    feared = extracted_triples(extractor, "Paul Whelan feared detention by Russia.")
    assert not any(rel == "DETAINED" for _, rel, _ in feared)


def test_a_name_the_ner_took_with_its_demonym_is_still_read(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The Taliban released American Ryan Corbett, who had been held since 2022.",
    )
    assert ("Taliban", "RELEASED", "Ryan Corbett") in found


def test_an_international_official_meeting_in_a_capital_visits_its_state(
    extractor: Extractor,
) -> None:
    text = (
        "Rafael Grossi, head of the International Atomic Energy Agency, presented the report "
        "to Japanese Prime Minister Fumio Kishida in {}."
    )
    assert ("Rafael Grossi", "VISITED", "Japan") in extracted_triples(
        extractor, text.format("Tokyo")
    )
    anywhere = extracted_triples(extractor, text.format("a video call"))
    assert not any(rel == "VISITED" for _, rel, _ in anywhere)


def test_two_who_spoke_by_phone_talked_to_each_other(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Vladimir Putin and Emmanuel Macron spoke by phone on Tuesday."
    )
    assert met(found, "Vladimir Putin", "Emmanuel Macron")
    apart = extracted_triples(extractor, "Vladimir Putin and Emmanuel Macron spoke at the forum.")
    assert not met(apart, "Vladimir Putin", "Emmanuel Macron")


def test_a_deal_initialled_is_concluded(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Armenia and Azerbaijan initialled a peace deal on Friday."
    )
    assert ("Armenia", "SIGNED_AGREEMENT_WITH", "Azerbaijan") in found
    refused = extracted_triples(
        extractor, "Armenia and Azerbaijan refused to initial the peace deal."
    )
    assert not refused


def test_what_someone_is_blamed_for_is_their_own_act(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Donald Tusk criticised Viktor Orban for his trip to Moscow on Friday."
    )
    assert ("Donald Tusk", "CONDEMNED", "Viktor Orban") in found
    assert ("Viktor Orban", "VISITED", "Russia") in found
    assert ("Donald Tusk", "VISITED", "Russia") not in found


def test_a_state_lashed_out_at_is_condemned_not_a_place(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Russia lashed out at Finland over its decision to join NATO."
    )
    assert ("Russia", "CONDEMNED", "Finland") in found


def test_outrage_at_an_act_condemns_its_doer(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "France voiced outrage at the execution of two men by Iran."
    )
    assert ("France", "CONDEMNED", "Iran") in found
    quiet = extracted_triples(extractor, "Protesters in Paris voiced anger at the weather.")
    assert not quiet


@pytest.mark.parametrize(
    "text",
    [
        "A Beijing court handed Australian writer Yang Hengjun a suspended death sentence for "
        "espionage on Monday.",
        "A Beijing court sentenced Australian writer Yang Hengjun to 16 years for espionage.",
        "A Beijing court sentenced Australian writer Yang Hengjun to 16 years on spying charges.",
    ],
)
def test_a_sentence_for_a_crime_is_a_detention_and_an_accusation(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert {("China", "DETAINED", "Yang Hengjun"), ("China", "ACCUSED", "Yang Hengjun")} <= found


def test_a_sentence_with_no_crime_named_accuses_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "A Beijing court sentenced Australian writer Yang Hengjun to 16 years."
    )
    assert ("China", "DETAINED", "Yang Hengjun") in found
    assert ("China", "ACCUSED", "Yang Hengjun") not in found


def test_claims_rejected_and_alleged(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Moscow dismissed the claims by Kyiv as propaganda.")
    assert ("Russia", "REJECTED", "Ukraine") in found
    found = extracted_triples(extractor, "The Kremlin brushed off the U.S. warning.")
    assert ("Russia", "REJECTED", "United States") in found
    found = extracted_triples(extractor, "Kyiv alleged that Russian troops had executed prisoners.")
    assert ("Ukraine", "ACCUSED", "Russia") in found
    assert not extracted_triples(extractor, "Kyiv alleged that prisoners had been executed.")


def test_known_surnames_the_ner_left_untagged_are_people(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Modi hosted Biden for dinner at his residence.")
    assert met(found, "Modi", "Biden")


def test_an_attack_on_infrastructure_inside_a_state_attacks_it(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Ukraine launched a drone attack on an oil refinery in Russia."
    )
    assert ("Ukraine", "ATTACKED", "Russia") in found
    found = extracted_triples(extractor, "Ukraine praised the new oil refinery in Poland.")
    assert not any(rel == "ATTACKED" for _, rel, _ in found)


def test_facts_officials_report_are_facts_and_analysts_guesses_are_not(
    extractor: Extractor,
) -> None:
    found = extracted_triples(extractor, "Russia expelled two Estonian diplomats, officials said.")
    assert ("Russia", "EXPELLED", "Estonia") in found
    guessed = extracted_triples(extractor, "Analysts said Russia expelled two Estonian diplomats.")
    assert not guessed


def test_a_deal_brokered_by_someone_under_which_others_acted(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Under a deal brokered by the United Arab Emirates, Russia and Ukraine swapped 95 "
        "prisoners each.",
    )
    mediated = {(s, t) for s, rel, t in found if rel == "MEDIATED"}
    assert mediated == {("United Arab Emirates", "Russia"), ("United Arab Emirates", "Ukraine")}
    could = extracted_triples(
        extractor, "Under a deal brokered by Qatar, Israel and Hamas could swap more hostages."
    )
    assert not any(rel == "MEDIATED" for _, rel, _ in could)


def test_a_judges_possessive_is_the_one_judged(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Volodymyr Zelensky accused Viktor Orban of betraying Europe and condemned his visit "
        "to Moscow.",
    )
    assert ("Volodymyr Zelensky", "CONDEMNED", "Viktor Orban") in found
    assert ("Volodymyr Zelensky", "VISITED", "Russia") not in found


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Solomon Islands Prime Minister Manasseh Sogavare said his government had signed a "
            "security pact with China.",
            ("Solomon Islands", "SIGNED_AGREEMENT_WITH", "China"),
            ("Manasseh Sogavare", "SIGNED_AGREEMENT_WITH", "China"),
        ),
        (
            "Israeli Prime Minister Benjamin Netanyahu's government rejected the ceasefire "
            "proposal from Egypt.",
            ("Israel", "REJECTED", "Egypt"),
            ("Benjamin Netanyahu", "REJECTED", "Egypt"),
        ),
    ],
)
def test_a_leaders_government_is_the_state(
    extractor: Extractor,
    text: str,
    expected: tuple[str, str, str],
    not_expected: tuple[str, str, str],
) -> None:
    found = extracted_triples(extractor, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan demanded an apology from India.", {("Pakistan", "URGED", "India")}),
        (
            "China demanded an explanation from Japan over the incident.",
            {("China", "URGED", "Japan")},
        ),
        ("Pakistan did not demand an apology from India.", set()),
        # a place the troops are to leave is not the one urged
        ("Kyiv demanded the withdrawal of troops from Ukraine.", set()),
    ],
)
def test_what_is_owed_names_who_is_urged(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {f for f in extracted_triples(extractor, text) if f[1] == "URGED"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EU member states approved new sanctions against Russia.",
            ("European Union", "SANCTIONED", "Russia"),
        ),
        (
            "NATO allies denounced the annexation by Russia as illegal.",
            ("NATO", "CONDEMNED", "Russia"),
        ),
    ],
)
def test_a_bodys_members_act_for_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_the_allies_of_a_state_are_not_that_state(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "The allies of Ukraine condemned Russia's strike.")
    assert ("Ukraine", "CONDEMNED", "Russia") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU agreed a new sanctions package against Russia.",
            {("European Union", "SANCTIONED", "Russia")},
        ),
        ("Israel agreed a ceasefire with Hamas.", {("Israel", "SIGNED_AGREEMENT_WITH", "Hamas")}),
        ("The EU failed to agree new sanctions against Russia.", set()),
    ],
)
def test_agreed_carries_the_noun(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {f for f in extracted_triples(extractor, text) if f[1] != "MET_WITH"}
    assert found == expected
