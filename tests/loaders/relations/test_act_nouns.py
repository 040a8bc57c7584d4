"""Condemning or rejecting an act noun reaches the act's doer (act_agents.py, bridging.py):
inside the noun's phrase, or in an earlier report of the act. Model-backed, own sentences."""

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
        (
            "Saudi Arabia executed a Pakistani national on Tuesday. Pakistan's foreign ministry "
            "condemned the execution in the strongest terms.",
            ("Pakistan", "Saudi Arabia"),
        ),
        (
            "Iran executed the dissident Jamshid Sharmahd on Monday. German Chancellor Olaf "
            "Scholz condemned the execution.",
            ("Olaf Scholz", "Iran"),
        ),
        (
            "Russia deployed 3,000 troops to the Belarusian border on Monday. NATO chief Jens "
            "Stoltenberg condemned the deployment.",
            ("Jens Stoltenberg", "Russia"),
        ),
        (
            "North Korea has sent thousands of soldiers to Russia. South Korea condemned the "
            "deployment and demanded their withdrawal.",
            ("South Korea", "North Korea"),
        ),
        (
            "President Vladimir Putin ordered the annexation of four regions. Ukrainian "
            "President Volodymyr Zelensky denounced the order as illegal.",
            ("Volodymyr Zelensky", "Vladimir Putin"),
        ),
        (
            "China imposed sanctions on Lithuania's deputy minister. The European Union "
            "condemned the sanctions.",
            ("European Union", "China"),
        ),
        (
            "Germany closed Iranian consulates in response to Iran's execution of Jamshid "
            "Sharmahd. Berlin recalled its ambassador. Chancellor Olaf Scholz called the "
            "execution a scandal and condemned it in the strongest terms.",
            ("Olaf Scholz", "Iran"),
        ),
    ],
)
def test_an_act_told_before_is_its_doer_s(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt condemned Iran's execution of two dissidents.", ("Egypt", "Iran")),
        (
            "Olaf Scholz condemned the execution of Jamshid Sharmahd by Iran.",
            ("Olaf Scholz", "Iran"),
        ),
        (
            "Egypt protested against what it called Ethiopia's unilateral filling of the dam.",
            ("Egypt", "Ethiopia"),
        ),
    ],
)
def test_an_act_names_its_doer_in_its_own_phrase(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "CONDEMNED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the act comes after: no back-reference forwards
        ("Germany condemned the execution. Iran executed Jamshid Sharmahd on Monday.", "Iran"),
        # a defence, a refusal, a hypothetical: no condemnation
        (
            "Iran executed Jamshid Sharmahd on Monday. Iranian Foreign Minister Abbas Araghchi "
            "defended the execution.",
            "Iran",
        ),
        (
            "Iran executed Jamshid Sharmahd on Monday. Germany did not condemn the execution.",
            "Iran",
        ),
        ("Iran executed Jamshid Sharmahd on Monday. Germany may condemn the execution.", "Iran"),
        # a person owning a done-to act is the one it was done to
        ("Egypt condemned Zelensky's detention.", "Volodymyr Zelensky"),
        # "sent a letter" is no deployment
        ("Egypt sent a letter to Ethiopia. Sudan condemned the deployment.", "Egypt"),
    ],
)
def test_no_condemnation_or_no_doer_before_condemns_nobody(
    extractor: Extractor, text: str, wrong: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "CONDEMNED" and target == wrong for _, kind, target in found)


def test_a_garbled_reacting_subject_reads_no_back_reference(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "North Korea has sent thousands of troops to Russia. On Oct. 21, South Korea's First "
        "Vice Foreign Minister Kim Hong-kyun summoned Russian Ambassador Georgy Zinoviev, "
        "condemned the deployment and demanded that the troops be withdrawn immediately.",
    )
    assert ("Georgy Zinoviev", "CONDEMNED", "North Korea") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Manasseh Sogavare signed the pact with China, rejecting warnings from Australia and "
            "the United States that it could destabilise the region.",
            ("Manasseh Sogavare", "Australia"),
        ),
        (
            "Lavrov dismissed proposals set out in a letter from UN Secretary-General Antonio "
            "Guterres.",
            ("Lavrov", "Antonio Guterres"),
        ),
        (
            "Australia warned Solomon Islands against signing the pact. Prime Minister Manasseh "
            "Sogavare dismissed the warning.",
            ("Manasseh Sogavare", "Australia"),
        ),
        (
            "Egypt criticised Ethiopia for filling the dam. Addis Ababa rejected the criticism.",
            ("Ethiopia", "Egypt"),
        ),
    ],
)
def test_a_rejected_claim_names_its_maker(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt accused Ethiopia of stealing Nile water. Ethiopia did not reject the accusations.",
        "Manasseh Sogavare signed the pact, receiving aid from Australia.",
        "Manasseh Sogavare may reject warnings from Australia.",
        "Lavrov read proposals set out in a letter from UN Secretary-General Antonio Guterres.",
        "Australia warned Solomon Islands against signing the pact. Australia repeated the "
        "warning.",
    ],
)
def test_no_rejection_rejects_nobody(extractor: Extractor, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in extracted_triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amnesty International accused Rwanda of torturing dissidents, charges Kigali rejects.",
            ("Rwanda", "Amnesty International"),
        ),
        (
            "Egypt accused Ethiopia of stealing Nile water, a charge Addis Ababa rejected.",
            ("Ethiopia", "Egypt"),
        ),
    ],
)
def test_a_denial_tacked_on_answers_the_accusation(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "REJECTED", expected[1]) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the accuser's own side repeating its charge rejects nothing
        "Egypt accused Ethiopia of stealing Nile water, charges Cairo rejects.",
        # no accusation reported before the tail
        "Egypt built a dam on the Nile, charges Ethiopia rejects.",
    ],
)
def test_a_tail_with_no_accusation_against_the_denier_rejects_nobody(
    extractor: Extractor, text: str
) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in extracted_triples(extractor, text))
