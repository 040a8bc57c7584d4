"""A mediator's parties are the sides it stood between: never a co-mediator, the mediator's own
people, or a captive the deal frees (mediation_parties, derive.implicit_mediations,
mediators._owners). Sentences of our own wording, read by the whole extractor."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _mediated(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "MEDIATED"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Turkish President Recep Tayyip Erdogan and U.N. Secretary-General Antonio Guterres "
            "met Ukraine's president in Lviv on Thursday. Ankara and the U.N. brokered last "
            "month's deal to unblock Ukrainian grain exports.",
            {
                ("Turkey", "Recep Tayyip Erdogan"),
                ("Turkey", "Antonio Guterres"),
                ("United Nations", "Turkey"),
                ("United Nations", "Antonio Guterres"),
            },
        ),
        (
            "French President Emmanuel Macron and German Chancellor Olaf Scholz arrived in Kyiv "
            "on Monday. Paris and Berlin mediated the 2015 accord.",
            {
                ("France", "Emmanuel Macron"),
                ("France", "Germany"),
                ("Germany", "France"),
                ("Germany", "Olaf Scholz"),
            },
        ),
        (
            "He credited U.S., Arab and Turkish mediation with preventing a dangerous escalation.",
            {("Turkey", "United States")},
        ),
        (
            "Hamas said it had freed Edan Alexander with the help of mediators Qatar and Egypt.",
            {("Qatar", "Edan Alexander"), ("Egypt", "Edan Alexander")},
        ),
        (
            "Iran released Benjamin Briere and Bernard Phelan with the help of Omani mediators.",
            {("Oman", "Benjamin Briere"), ("Oman", "Bernard Phelan")},
        ),
        (
            "Russia freed Paul Whelan last year under Emirati mediation.",
            {("United Arab Emirates", "Paul Whelan")},
        ),
    ],
)
def test_no_co_mediator_own_person_or_captive_is_a_party(
    extractor: Extractor, text: str, wrong: set[tuple[str, str]]
) -> None:
    assert not _mediated(extracted_triples(extractor, text)) & wrong


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Qatar and Egypt mediated the truce between Israel and Hamas.",
            {("Qatar", "Israel"), ("Egypt", "Hamas")},
        ),
        (
            "Hamas said it had freed Edan Alexander with the help of mediators Qatar and Egypt.",
            {("Qatar", "Hamas"), ("Egypt", "Hamas")},
        ),
        (
            "Russia freed Paul Whelan last year under Emirati mediation.",
            {("United Arab Emirates", "Russia")},
        ),
        (
            "Israel and Hamas agreed to a truce with the help of mediators Qatar and Egypt.",
            {("Qatar", "Israel"), ("Qatar", "Hamas"), ("Egypt", "Israel")},
        ),
        (
            "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Luanda "
            "under the mediation of Angolan President Joao Lourenco.",
            {("Joao Lourenco", "Felix Tshisekedi"), ("Joao Lourenco", "Paul Kagame")},
        ),
        (
            "Armenia and Azerbaijan signed the declaration under the mediation of Russian "
            "President Vladimir Putin.",
            {("Vladimir Putin", "Armenia"), ("Vladimir Putin", "Azerbaijan")},
        ),
    ],
)
def test_the_sides_stay_parties(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    assert right <= _mediated(extracted_triples(extractor, text))


def test_a_mediation_only_offered_names_no_party(extractor: Extractor) -> None:
    text = "Tshisekedi and Kagame could meet in Luanda under the mediation of Joao Lourenco."
    assert not _mediated(extracted_triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Ministers signed a statement backing the truce deal, which Norway and Kenya brokered "
            "with Britain.",
            {("Norway", "United Kingdom"), ("Kenya", "United Kingdom")},
        ),
        (
            "Turkey and Oman have mediated between Sudan and Chad for months. UN envoy Ramtane "
            "Lamamra has been shuttling between Ankara and Muscat to help the mediators.",
            {("Ramtane Lamamra", "Turkey"), ("Ramtane Lamamra", "Oman")},
        ),
    ],
)
def test_co_mediators_and_their_capitals_are_no_parties(
    extractor: Extractor, text: str, wrong: set[tuple[str, str]]
) -> None:
    assert not _mediated(extracted_triples(extractor, text)) & wrong


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Oman brokered the prisoner swap with Iran last month.",
            {("Oman", "Iran")},
        ),
        (
            "UN envoy Ramtane Lamamra has been shuttling between Moscow and Kyiv this week.",
            {("Ramtane Lamamra", "Russia"), ("Ramtane Lamamra", "Ukraine")},
        ),
    ],
)
def test_a_single_mediators_partner_and_other_capitals_stay_parties(
    extractor: Extractor, text: str, right: set[tuple[str, str]]
) -> None:
    assert right <= _mediated(extracted_triples(extractor, text))


def test_a_leader_named_only_as_owner_of_an_administration_is_no_party(
    extractor: Extractor,
) -> None:
    text = (
        "Oman facilitated the 2015 agreement between Iran and the administration of former "
        "President Barack Obama."
    )
    found = _mediated(extracted_triples(extractor, text))
    assert ("Oman", "Barack Obama") not in found
    assert ("Oman", "Iran") in found


def test_a_leader_named_as_a_side_stays_a_party(extractor: Extractor) -> None:
    text = (
        "Oman facilitated talks between Iranian President Hassan Rouhani and U.S. President "
        "Barack Obama's envoys."
    )
    found = _mediated(extracted_triples(extractor, text))
    assert ("Oman", "Hassan Rouhani") in found
