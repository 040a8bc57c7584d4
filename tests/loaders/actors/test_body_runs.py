"""Bodies whose name ends in a body word, which the NER misses or takes for a person; people the
NER takes for places (body_runs.py, names.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.actors.conftest import spans

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


def _ids(nlp: Language, text: str) -> dict[str, str]:
    return spans(nlp(text))


@pytest.mark.parametrize(
    ("text", "name", "ident"),
    [
        (
            "Armenia asked the Russian-led Collective Security Treaty Organization for help.",
            "Collective Security Treaty Organization",
            "organization:collective-security-treaty-organization",
        ),
        (
            "Yerevan is a member of the Moscow-dominated Collective Security Treaty "
            "Organisation, which sent no troops.",
            "Collective Security Treaty Organisation",
            "organization:collective-security-treaty-organisation",
        ),
        (
            "Kabul accused the Baloch Liberation Front of the bombing.",
            "Baloch Liberation Front",
            "organization:baloch-liberation-front",
        ),
    ],
)
def test_a_name_ending_in_a_body_word_is_a_body(
    actor_nlp: Language, text: str, name: str, ident: str
) -> None:
    found = _ids(actor_nlp, text)
    assert found.get(name) == ident
    assert not any(i.startswith("person:") for i in found.values())


def test_two_bodies_sharing_a_plural_head(actor_nlp: Language) -> None:
    found = _ids(actor_nlp, "Moscow recognised the Donetsk and Luhansk People's Republics.")
    assert found["Donetsk"] == "organization:donetsk-people-s-republic"
    assert found["Luhansk People's Republics"] == "organization:luhansk-people-s-republic"


def test_the_acronym_in_brackets_is_the_same_body(actor_nlp: Language) -> None:
    found = spans(
        actor_nlp(
            "Kazakhstan hosted the Collective Security Treaty Organization (CSTO) summit. "
            "The CSTO said it would send troops."
        )
    )
    assert found["CSTO"] == "organization:collective-security-treaty-organization"
    assert not any(i.startswith("person:") for i in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "The Soviet Union collapsed in 1991 and Ukraine became independent.",
        "The council met on Monday and the union went on strike.",
    ],
)
def test_no_body_without_a_name(actor_nlp: Language, text: str) -> None:
    found = _ids(actor_nlp, text)
    assert not any(i.startswith("organization:") and "union" in i for i in found.values())
    assert "council" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Israel arrested Bassem al-Saadi, a senior Islamic Jihad figure, in Jenin.",
            "Bassem al-Saadi",
        ),
        (
            "Police detained Karim el-Hajj, a prominent opposition activist, on Friday.",
            "Karim el-Hajj",
        ),
    ],
)
def test_a_name_with_a_person_noun_in_apposition_is_a_person(
    actor_nlp: Language, text: str, name: str
) -> None:
    assert _ids(actor_nlp, text)[name].startswith("person:")


def test_a_place_with_an_apposition_stays_a_place(actor_nlp: Language) -> None:
    found = _ids(actor_nlp, "The army shelled Jenin, the militants' main stronghold, on Monday.")
    assert not any(i.startswith("person:") for i in found.values())


def test_a_name_going_on_after_its_head_word(actor_nlp: Language) -> None:
    found = _ids(
        actor_nlp,
        "Washington urged the National Council for the Safeguard of the Homeland to free the "
        "president.",
    )
    assert found["National Council for the Safeguard of the Homeland"].startswith("organization:")


def test_a_state_called_a_republic_is_no_new_body(actor_nlp: Language) -> None:
    found = _ids(actor_nlp, "The attack had been planned and financed by the Islamic Republic.")
    assert "organization:islamic-republic" not in found.values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ruling party signed the pact with the opposition Democratic Unity Platform.",
         "Democratic Unity Platform"),
        ("Estonia's Digital Threat Analysis Centre blamed Huawei for the leak.",
         "Digital Threat Analysis Centre"),
        ("The Regional Mine Action Center accused the rebels of laying mines.",
         "Regional Mine Action Center"),
    ],
)  # fmt: skip
def test_a_platform_or_centre_is_a_body(actor_nlp: Language, text: str, name: str) -> None:
    """Its owner's possessive ("Estonia's") is no part of the name."""
    found = _ids(actor_nlp, text)
    assert found.get(name, "").startswith("organization:"), found


def test_a_centre_that_is_only_a_place_is_no_body(actor_nlp: Language) -> None:
    found = _ids(actor_nlp, "The astronauts flew from the Kennedy Space Center on Friday.")
    assert not any(i.startswith("organization:") for i in found.values()), found
