"""Bodies named once in full with their acronym in brackets, and the armed groups, missions
and state services news names by heart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

from tests.loaders.actors.conftest import spans

pytestmark = pytest.mark.model


def test_a_defined_acronym_is_the_body_named_in_full(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The National Resistance Council for the Liberation of Zandia (NRCLZ) condemned the "
        "vote. Police later arrested two NRCLZ leaders, and the NRCLZ denounced the raids."
    )
    found = spans(doc)
    ident = found["National Resistance Council for the Liberation of Zandia"]
    assert ident.startswith("organization:")
    later = [m.actor_id for m in doc._.mentions if doc[m.start : m.end].text == "NRCLZ"]
    assert len(later) >= 2
    assert set(later) == {ident}
    assert "NRCLZ" in doc._.actors[ident].aliases


def test_the_definition_gives_back_a_name_the_ner_cut_short(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Algeria accused Morocco of backing the Movement for the Self-Determination of "
        "Kabylie (MAK), which it calls a terrorist group."
    )
    names = {a.name for a in doc._.actors.values()}
    assert "Movement for the Self-Determination of Kabylie" in names
    assert not any("(" in name for name in names)


def test_a_name_with_a_place_inside_it_is_defined_whole(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The Union for Renewal and Justice in Zandia (URJZ) rejected the accord on Monday. "
        "URJZ fighters later attacked an army post."
    )
    found = spans(doc)
    ident = found["Union for Renewal and Justice in Zandia"]
    assert ident.startswith("organization:")
    assert found.get("URJZ") == ident


def test_a_hyphened_acronym_is_one_body(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "Crowds were led by the Movement of the Fifth of June-Patriotic Front (M5-PF). "
        "The M5-PF rejected the plan."
    )
    found = spans(doc)
    ident = found.get("M5-PF")
    assert ident is not None and ident.startswith("organization:"), found
    assert ident in doc._.actors


def test_a_hyphened_acronym_the_ner_cuts_in_two_is_one_body(actor_nlp: Language) -> None:
    doc = actor_nlp("Malian troops clashed with the Tuareg separatist alliance CSP-DPA near Kidal.")
    names = {a.name for a in doc._.actors.values()}
    assert "CSP-DPA" in names, names
    assert "DPA" not in names and "CSP" not in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine asked for more F-16 jets and S-400 systems are in Belarus.",
        "Officials discussed the EU-US trade deal in Brussels.",
    ],
)
def test_a_hyphened_model_or_pair_is_no_new_body(actor_nlp: Language, text: str) -> None:
    names = {a.name for a in actor_nlp(text)._.actors.values()}
    assert not any("-" in name for name in names), names


def test_a_bracketed_source_defines_nothing(actor_nlp: Language) -> None:
    doc = actor_nlp("The Sahel Security Forum opened on Sunday (AFP) and Mali urged calm.")
    assert not any("AFP" in a.aliases for a in doc._.actors.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Serbian protesters clashed with KFOR peacekeepers in the north.", "KFOR"),
        ("Mali ordered MINUSMA to leave the country.", "MINUSMA"),
        ("Kigali says Kinshasa fights alongside the FDLR militia.", "FDLR"),
        ("Algeria has long backed the Polisario Front.", "Polisario Front"),
        ("Israel said Shin Bet arrested two men in Jenin.", "Shin Bet"),
        (
            "The Drug Enforcement Administration arrested the two men in Haiti.",
            "Drug Enforcement Administration",
        ),
        ("Pakistan blamed the Pakistani Taliban for the bombing.", "Tehrik-i-Taliban Pakistan"),
    ],
)
def test_well_known_bodies_are_actors(actor_nlp: Language, text: str, name: str) -> None:
    assert name in {a.name for a in actor_nlp(text)._.actors.values()}


def test_a_state_service_keeps_its_state(actor_nlp: Language) -> None:
    doc = actor_nlp("The FBI charged the hackers, and the SBU detained a suspect in Kyiv.")
    states = {a.name: a.country for a in doc._.actors.values()}
    assert states["FBI"] == "USA"
    assert states["SBU"] == "UKR"


def test_the_assembly_and_the_council_refer_back_to_the_one_named(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The UN General Assembly voted on Thursday. Kyslytsya urged the assembly to act. "
        "The UN Security Council met, and China urged the council to act."
    )
    found = spans(doc)
    assert found["assembly"] == "organization:un-general-assembly"
    assert found["council"] == "organization:un-security-council"


def test_the_council_after_two_councils_is_neither(actor_nlp: Language) -> None:
    doc = actor_nlp(
        "The European Council and the UN Security Council met. Russia urged the council to act."
    )
    assert "council" not in spans(doc)
