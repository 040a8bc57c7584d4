"""Bare descriptions of a state organ named before ("the government", "the authorities", "the
army", "the delegation"): the one owner the article named, else nobody. Sentences of our own
wording, read through the whole extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a possessive owner; "accused ... of" keeps its "of"
            "Venezuela's government detained an American contractor. Washington accused the "
            "government of hostage diplomacy.",
            ("United States", "ACCUSED", "Venezuela"),
        ),
        (  # a demonym owner
            "Iranian authorities detained two French citizens. France urged the authorities to "
            "release them.",
            ("France", "URGED", "Iran"),
        ),
        (  # an "of" owner
            "The government of Niger revoked a military pact with Washington. The United States "
            "criticised the government on Monday.",
            ("United States", "CONDEMNED", "Niger"),
        ),
        (  # a filler between "the" and the head
            "Mali's transitional authorities expelled the French ambassador. France accused the "
            "transitional authorities of spreading lies.",
            ("France", "ACCUSED", "Mali"),
        ),
        (
            "Nicaraguan authorities expelled the papal envoy last week. The Vatican condemned the "
            "authorities on Sunday.",
            ("Vatican", "CONDEMNED", "Nicaragua"),
        ),
        (  # a body's own government
            "The Taliban government detained a British journalist. London urged the government "
            "to free him.",
            ("United Kingdom", "URGED", "Taliban"),
        ),
        (  # a state's army
            "Ethiopia's army pushed deeper into Tigray. The United Nations urged the army to let "
            "aid convoys through.",
            # the army named by description is a body of its own (described_bodies)
            ("United Nations", "URGED", "Ethiopia's army"),
        ),
        (
            "Israel's military struck a school compound in Gaza. Jordan condemned the military "
            "for the raid.",
            ("Jordan", "CONDEMNED", "Israel's military"),
        ),
        (  # a named military body
            "The Sudanese Armed Forces shelled a market in Omdurman. Britain urged the army to "
            "protect civilians.",
            ("United Kingdom", "URGED", "Sudanese Armed Forces"),
        ),
        (  # a delegation's sender
            "A delegation from Hamas flew to Cairo for ceasefire talks. Egyptian mediators met "
            "the delegation on Sunday.",
            ("Egypt", "MET_WITH", "Hamas"),
        ),
        (  # a ministry: a bare "the ministry" after a state's named ministry
            "Norway's foreign ministry published a note on Monday. The ministry later summoned "
            "the Chilean envoy.",
            ("Norway", "MET_WITH", "Chile"),
        ),
        (  # the same portfolio again
            "The Greek foreign ministry issued a note on Friday. A day later the foreign ministry "
            "criticised Ankara over the drilling.",
            ("Greece", "CONDEMNED", "Turkey"),
        ),
        (  # a ministry placed in a capital is that capital's state's, named before or not
            "Athens deported a Turkish attache on Monday. In Ankara, the foreign ministry "
            "condemned the decision.",
            ("Turkey", "CONDEMNED", "Greece"),
        ),
        (
            "Tokyo released the report on Monday. The foreign ministry in Seoul criticised Japan "
            "over it.",
            ("South Korea", "CONDEMNED", "Japan"),
        ),
    ],
)
def test_a_bare_organ_is_the_one_owner_named_before(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # two governments named: ambiguous
            "Mali's government and Niger's government signed a pact. Russia praised the "
            "government.",
            {("Russia", "PRAISED", "Mali"), ("Russia", "PRAISED", "Niger")},
        ),
        (  # two armies named: ambiguous
            "Israel's army and Lebanon's army exchanged fire. France urged the army to show "
            "restraint.",
            {("France", "URGED", "Israel"), ("France", "URGED", "Lebanon")},
        ),
        (  # two delegations named: ambiguous
            "A Russian delegation and a Ukrainian delegation arrived in Istanbul. Turkey hosted "
            "the delegation and condemned the delegation.",
            {("Turkey", "CONDEMNED", "Russia"), ("Turkey", "CONDEMNED", "Ukraine")},
        ),
        (  # a speaker's "the government" inside a quote: the speaker's own, as often as not
            'Russian authorities jailed an American reporter. "The government has condemned '
            'Belarus for helping," a State Department spokesman said.',
            {("Russia", "CONDEMNED", "Belarus")},
        ),
        (  # the government's critics are someone else
            "Venezuela's government jailed opposition leaders. Brazil praised the government's "
            "critics in Brasilia.",
            {("Brazil", "PRAISED", "Venezuela")},
        ),
        (  # an indefinite government is any
            "Iran's government jailed a Swedish tourist. Sweden urged a government in the region "
            "to mediate.",
            {("Sweden", "URGED", "Iran")},
        ),
        (  # "the government of ..." is a naming of its own
            "Niger's government expelled French troops. Italy praised the government of national "
            "unity in Libya.",
            {("Italy", "PRAISED", "Niger")},
        ),
        (  # the army chief is a person
            "Sudan's army shelled Omdurman. Egypt condemned the army chief on Monday.",
            {("Egypt", "CONDEMNED", "Sudan")},
        ),
        (  # no owner named: the writer's own government is never assumed
            "France imposed sanctions on Iran. The government condemned the move.",
            {("Iran", "CONDEMNED", "France"), ("France", "CONDEMNED", "France")},
        ),
        (  # "the administration" follows a named administration only, not "Iraqi authorities"
            "Washington had urged Iraqi authorities to investigate the rocket attacks. Senator "
            "Tim Kaine criticised the administration for striking without authorisation.",
            {("Tim Kaine", "CONDEMNED", "Iraq")},
        ),
        (  # the government ousted is the people in office, no state expelled
            "Yemen's government welcomed the plan. The Houthis ousted the government from "
            "Sanaa in 2014.",
            {("Houthis", "EXPELLED", "Yemen")},
        ),
        (  # a leader's own government is a rival owner
            "Prime Minister Anthony Albanese said the Iranian government directed the attacks. "
            "Albanese said his government would act. Canada urged the government to do more.",
            {("Canada", "URGED", "Iran")},
        ),
        (  # a government named in a foreign speaker's words: the speaker's own is a rival
            "There were serious questions that only the Russian government could answer, "
            "Chancellor Angela Merkel told reporters. The government condemned Belarus on "
            "Friday.",
            {("Russia", "CONDEMNED", "Belarus")},
        ),
        (  # troops sent abroad are no owner of "the military"
            "Niger ordered French troops to leave. Britain urged the military to hand over power.",
            {("United Kingdom", "URGED", "France")},
        ),
        (  # the description before its owner has no antecedent
            "Germany criticised the government on Friday. Iran's government had jailed a German "
            "national.",
            {("Germany", "CONDEMNED", "Iran")},
        ),
        (  # another portfolio than the one named
            "The Greek foreign ministry issued a note on Friday. A day later the defence ministry "
            "criticised Ankara over the drilling.",
            {("Greece", "CONDEMNED", "Turkey")},
        ),
        (  # two states' ministries named: "the ministry" is either
            "Peru's foreign ministry and Bolivia's interior ministry met on Monday. The ministry "
            "later criticised Chile.",
            {("Peru", "CONDEMNED", "Chile"), ("Bolivia", "CONDEMNED", "Chile")},
        ),
        (  # a ministry placed in a territory, no capital
            "Tokyo released the report on Monday. The health ministry in Gaza criticised Japan "
            "over it.",
            {("Palestine", "CONDEMNED", "Japan"), ("Hamas", "CONDEMNED", "Japan")},
        ),
    ],
)
def test_a_bare_organ_without_one_owner_names_nobody(
    extractor: Extractor, text: str, unwanted: set[tuple[str, str, str]]
) -> None:
    assert not unwanted & extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "government forces" after a state's government
            "Sudan's government refused to negotiate with the SPLM-N last month. On Tuesday "
            "government forces attacked the SPLM-N in South Kordofan.",
            ("Sudan", "ATTACKED", "SPLM-N"),
        ),
        (  # "federal troops" after a state's army
            "Nigeria's army held a parade in Abuja last week. Federal troops attacked Boko Haram "
            "near Maiduguri on Sunday.",
            ("Nigeria's army", "ATTACKED", "Boko Haram"),
        ),
    ],
)
def test_government_forces_are_the_one_state_named_before(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # two states with governments and troops named: whose forces is unclear
            "Mali's government ordered French troops to leave the country. Government forces "
            "attacked the CMA near Kidal on Friday.",
            {("Mali", "ATTACKED", "CMA"), ("France", "ATTACKED", "CMA")},
        ),
        (  # nobody's government named before
            "Government forces attacked Boko Haram near Maiduguri on Sunday, Nigeria said.",
            {("Nigeria", "ATTACKED", "Boko Haram")},
        ),
    ],
)
def test_government_forces_without_one_state_name_nobody(
    extractor: Extractor, text: str, unwanted: set[tuple[str, str, str]]
) -> None:
    assert not unwanted & extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # filed from the state's capital, the state leads: "the government" is its own
            "NIAMEY, March 3 - Niger on Tuesday told the Canadian charge d'affaires to leave "
            "within two days. The government accused Canada of backing armed groups.",
            ("Niger", "ACCUSED", "Canada"),
        ),
        (  # after a fronted phrase, "the authorities" too
            "HANOI, May 9 - Vietnam on Friday summoned the Chinese ambassador over the "
            "incident. In a statement, the authorities urged China to respect its waters.",
            ("Vietnam", "URGED", "China"),
        ),
    ],
)
def test_a_bare_government_is_the_home_state_of_the_story(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # filed from another state's capital: no home state
            "OTTAWA, March 3 - Niger on Tuesday told the Canadian charge d'affaires to leave "
            "within two days. The government accused Canada of backing armed groups.",
            {("Niger", "ACCUSED", "Canada"), ("Canada", "ACCUSED", "Canada")},
        ),
        (  # the dateline's state is not the lead's actor
            "NIAMEY, March 3 - Canada on Tuesday recalled its envoy to Niger for talks. The "
            "government accused Niger of backing armed groups.",
            {("Canada", "ACCUSED", "Niger"), ("Niger", "ACCUSED", "Niger")},
        ),
        (  # a foreign speaker's reported "the government" may be the speaker's own
            "NIAMEY, March 3 - Niger on Tuesday told the Canadian charge d'affaires to leave. "
            "Canadian Foreign Minister Melanie Joly told reporters that the government was "
            "expelling a Malian diplomat as well.",
            {("Niger", "EXPELLED", "Mali")},
        ),
        (  # two cities in the dateline: filed from both sides
            "NIAMEY/OTTAWA, March 3 - Niger on Tuesday told the Canadian charge d'affaires to "
            "leave. The government accused Canada of backing armed groups.",
            {("Niger", "ACCUSED", "Canada")},
        ),
    ],
)
def test_a_bare_government_without_a_home_state_names_nobody(
    extractor: Extractor, text: str, unwanted: set[tuple[str, str, str]]
) -> None:
    assert not unwanted & extracted_triples(extractor, text)
