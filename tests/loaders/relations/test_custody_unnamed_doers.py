"""Custody told without a doer in the clause: the place of an arrest is not who asked for it,
"them" after a clause's own subject means the people named before, and a state body that says
someone "had been charged" tells of its own state's charge (model-backed, sentences of our own
wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Keller was arrested in Israel in 2015 at U.S. request.", "Israel"),
        ("Keller was detained in Egypt at the request of Washington.", "Egypt"),
        ("Berg was arrested in Iran at Russia's behest.", "Iran"),
    ],
)
def test_who_asked_for_an_arrest_did_not_make_it(read: Reader, text: str, state: str) -> None:
    assert {s for s, _ in pairs(read(text), "DETAINED")} == {state}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Keller and Berg landed in Washington a week after Iranian police detained them.", "Iran"),
        ("Keller and Berg returned home, months after Russian agents arrested them.", "Russia"),
        ("Keller and Berg flew home after Iranian guards released them.", "Iran"),
    ],
)
def test_them_after_the_police_means_the_people_before(read: Reader, text: str, state: str) -> None:
    assert pairs(read(text), "DETAINED") == {(state, "Tom Keller"), (state, "Anna Berg")}


@pytest.mark.parametrize(
    "text",
    [
        "Keller and Berg said Iranian police had not detained them.",
        "Iranian police detained protesters and beat them.",
        "Keller could be arrested in Iran if he returns.",
        "Russia denied arresting Keller.",
        "Iran issued a warrant for Keller's arrest.",
    ],
)
def test_no_detention_told_detains_nobody(read: Reader, text: str) -> None:
    assert not pairs(read(text), "DETAINED")


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("The FSB said Gershkovich had been charged with espionage.", "FSB", {"Evan Gershkovich"}),
        (
            "Russia said Gershkovich had been charged with espionage.",
            "Russia",
            {"Evan Gershkovich"},
        ),
        (
            "Moscow said on Tuesday that Keller and Berg had been charged with spying.",
            "Russia",
            {"Tom Keller", "Anna Berg"},
        ),
        (
            "Iran said Keller had been charged with spying and would face trial.",
            "Iran",
            {"Tom Keller"},
        ),
    ],
)
def test_a_state_telling_of_a_charge_made_it(
    read: Reader, text: str, accuser: str, accused: set[str]
) -> None:
    assert pairs(read(text), "ACCUSED") == {(accuser, p) for p in accused}


@pytest.mark.parametrize(
    "text",
    [
        "The United States said Keller had been charged with spying.",
        "Washington said Gershkovich had been charged with espionage.",
        "The FSB denied that Gershkovich had been charged with espionage.",
        "The FSB said Gershkovich could be charged with espionage.",
        "NATO said Gershkovich had been charged with espionage.",
        "Gershkovich said he had been charged with espionage.",
    ],
)
def test_a_charge_told_by_the_own_state_or_not_made_accuses_nobody(read: Reader, text: str) -> None:
    assert not pairs(read(text), "ACCUSED")


_LAW_ROWS: list[ActorRow] = [
    *ACTORS,
    ("Lena Rivera", "PERSON", None, ("Rivera",)),
    ("Supreme Procuratorate", "ORGANIZATION", None, ("the procuratorate",)),
    ("Interpol", "ORGANIZATION", None, ()),
]


@pytest.fixture(scope="module")
def read_law(nlp: Language) -> Reader:
    return make_reader(nlp, _LAW_ROWS)


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Procuratorate said Rivera had been charged with espionage.",
        "The procuratorate said on Monday that Rivera had been formally charged with spying.",
    ],
)
def test_a_law_body_telling_of_a_charge_made_it(read_law: Reader, text: str) -> None:
    assert pairs(read_law(text), "ACCUSED") == {("Supreme Procuratorate", "Lena Rivera")}


@pytest.mark.parametrize(
    "text",
    [
        "Interpol said Rivera had been charged with espionage.",
        "Russia said Rivera had been charged with espionage.",
        "The Supreme Procuratorate said Rivera might be charged with espionage.",
        "The Supreme Procuratorate denied that Rivera had been charged.",
    ],
)
def test_a_charge_of_someone_of_no_known_state_needs_a_law_body(
    read_law: Reader, text: str
) -> None:
    assert not pairs(read_law(text), "ACCUSED")


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (
            "Russia said Gershkovich had been charged with espionage and Keller with bribery.",
            "ACCUSED",
            "Russia",
        ),
        ("Iran sentenced Keller to ten years and Berg to five.", "DETAINED", "Iran"),
        ("Iran released Keller on Monday and Berg on Tuesday.", "RELEASED", "Iran"),
    ],
)
def test_a_gapped_clause_names_a_second_patient(
    read: Reader, text: str, kind: str, doer: str
) -> None:
    people = {t for s, t in pairs(read(text), kind) if s == doer}
    assert {"Tom Keller"} < people


@pytest.mark.parametrize(
    "text",
    [
        "Iran sentenced Keller to ten years and Berg called it a sham.",
        "Iran did not charge Keller with espionage or Berg with bribery.",
    ],
)
def test_no_gapped_clause_adds_nobody(read: Reader, text: str) -> None:
    assert "Anna Berg" not in {t for _, k, t in triples(read(text)) if k != "MET_WITH"}


@pytest.mark.parametrize(
    ("text", "state", "person"),
    [
        ("Keller was detained in 2019 while visiting his mother in Tehran.", "Iran", "Tom Keller"),
        ("Berg was arrested while travelling in Iran.", "Iran", "Anna Berg"),
        ("Keller was arrested while visiting Moscow for a conference.", "Russia", "Tom Keller"),
        ("Berg was detained last year while attending a wedding in Tehran.", "Iran", "Anna Berg"),
        ("Keller was arrested in Egypt while visiting relatives in Tehran.", "Egypt", "Tom Keller"),
    ],
)
def test_an_arrest_while_somewhere_is_by_that_state(
    read: Reader, text: str, state: str, person: str
) -> None:
    assert pairs(read(text), "DETAINED") == {(state, person)}


@pytest.mark.parametrize(
    "text",
    [
        "Keller was arrested while travelling to Iran.",
        "Keller was not arrested while visiting his mother in Tehran.",
        "Keller could be arrested while visiting Tehran.",
        "Keller fears arrest while visiting Tehran.",
        "Keller was praised while visiting Moscow.",
    ],
)
def test_no_arrest_made_there_detains_nobody(read: Reader, text: str) -> None:
    assert not pairs(read(text), "DETAINED")
