"""Disputes whose other party is taken up again by a pronoun or a description: "cut ties with
Qatar, accusing it of ..." (participle_anaphors), a "which" clause hung on the person chairing a
body (which_antecedent), and "it" after "Ortega's government" (actors_at)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia cut ties with Qatar in June 2017, accusing it of funding militants.",
            ("Saudi Arabia", "ACCUSED", "Qatar"),
        ),
        (
            "Algeria broke off relations with Morocco, accusing its neighbour of hostile acts.",
            ("Algeria", "ACCUSED", "Morocco"),
        ),
        (
            "Jordan severed ties with Syria on Friday, accusing the country of arming smugglers.",
            ("Jordan", "ACCUSED", "Syria"),
        ),
        (
            "China recalled its envoy from Lithuania, accusing the Baltic state of betrayal.",
            ("China", "ACCUSED", "Lithuania"),
        ),
        (
            "The United States added Huawei to a blacklist, accusing the company of spying.",
            ("United States", "ACCUSED", "Huawei"),
        ),
        (
            "Egypt imposed sanctions on Hamas, blaming the group for the bombing.",
            ("Egypt", "ACCUSED", "Hamas"),
        ),
        (
            "Ankara summoned Sweden's ambassador, accusing the kingdom of harbouring militants.",
            ("Turkey", "ACCUSED", "Sweden"),
        ),
        (
            "Saudi Arabia restored ties with Qatar, praising it for its patience.",
            ("Saudi Arabia", "SUPPORTED", "Qatar"),
        ),
    ],
)
def test_participle_takes_up_the_other_party(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "it" is the report the clause names, not the state behind it
        ("Saudi Arabia criticised the Qatari report, accusing it of bias.", "Qatar"),
        # two states in the clause: "the country" could be either
        ("Ukraine cut ties with Iran and Syria, accusing the country of lying.", "Iran"),
        # a description of the wrong kind: Hamas is no country
        ("Egypt imposed sanctions on Hamas, accusing the country of lying.", "Hamas"),
        # "a country" introduces someone new
        ("Jordan severed ties with Syria, accusing a country of arming smugglers.", "Syria"),
    ],
)
def test_participle_anaphor_stands_for_nobody(extractor: Extractor, text: str, absent: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind == "ACCUSED" and t == absent for _, kind, t in found)


def test_which_clause_is_the_body_not_its_chair(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Russia's Security Council, chaired by President Vladimir Putin, which accused "
        "Ukraine of sabotage, met on Monday.",
    )
    assert ("Vladimir Putin", "ACCUSED", "Ukraine") not in found


def test_who_clause_stays_the_chair(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The council, chaired by President Vladimir Putin, who accused Ukraine of sabotage, "
        "met on Monday.",
    )
    assert ("Vladimir Putin", "ACCUSED", "Ukraine") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nicaraguan President Daniel Ortega's government has quarrelled with the Vatican "
            "for years. Last March it expelled the Vatican's ambassador.",
            ("Nicaragua", "EXPELLED", "Vatican"),
        ),
        (
            "Turkish President Tayyip Erdogan's government is at odds with Sweden. On Monday "
            "it accused Stockholm of harbouring militants.",
            ("Turkey", "ACCUSED", "Sweden"),
        ),
    ],
)
def test_it_after_a_leaders_government(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


def test_it_after_a_government_of_no_named_leader(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The government has quarrelled with the Vatican for years. Last March it expelled the "
        "Vatican's ambassador.",
    )
    assert not any(kind == "EXPELLED" for _, kind, _ in found)
