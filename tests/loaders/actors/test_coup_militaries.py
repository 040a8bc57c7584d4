"""A military that has just seized power is a body of its own; a junta that has ruled for a
while is its state again. Articles of our own wording, read through the whole extractor."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model

_COUP = (
    "NAYPYITAW, March 2 - Thailand's military seized power on Tuesday in a coup against the "
    "elected government, detaining Prime Minister Srettha Thavisin. Soldiers blocked the roads "
    "to parliament. Japan's Foreign Minister Yoko Kamikawa urged the generals to free him. "
    "The military accused the election commission of fraud."
)


def test_the_military_of_a_coup_lede_acts_as_a_body(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _COUP, date(2024, 3, 2))
    assert ("Thailand military", "DETAINED", "Srettha Thavisin") in found
    assert ("Yoko Kamikawa", "URGED", "Thailand military") in found
    assert not any("Thailand" in (s, t) for s, _, t in found)


def test_a_demonym_names_the_body(extractor: Extractor) -> None:
    text = (
        "The Malian junta detained interim President Bah Ndaw on Monday, nine days after "
        "mutinous soldiers ousted the civilian cabinet. France urged the junta to free him."
    )
    found = extracted_triples(extractor, text, date(2021, 5, 25))
    assert ("Malian military", "DETAINED", "Bah Ndaw") in found
    assert ("France", "URGED", "Malian military") in found


def test_a_place_of_custody_after_a_coup_is_the_militarys(extractor: Extractor) -> None:
    text = (
        "Myanmar's military seized power on Monday in a coup against the elected government. "
        "Aung San Suu Kyi and President Win Myint were arrested in Yangon before dawn, party "
        "officials said."
    )
    found = extracted_triples(extractor, text, date(2021, 2, 1))
    assert ("Myanmar military", "DETAINED", "Win Myint") in found
    assert ("Myanmar", "DETAINED", "Win Myint") not in found


def test_the_junta_the_article_names_takes_the_militarys_mentions(
    extractor: Extractor,
) -> None:
    text = (
        "Soldiers in Gabon seized power on Wednesday and placed President Ali Bongo under house "
        "arrest. The junta, which calls itself the Committee for the Transition and Restoration "
        "of Institutions, said the vote had been rigged. The African Union urged the army to "
        "release Bongo."
    )
    found = extracted_triples(extractor, text, date(2023, 8, 30))
    body = "Committee for the Transition and Restoration of Institutions"
    assert ("African Union", "URGED", body) in found
    assert ("African Union", "URGED", "Gabon") not in found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (  # the junta governs: the lede tells what it does as the government
            "Mali's military government ordered France's ambassador to leave within 72 hours on "
            "Monday. Colonel Assimi Goita seized power in a coup in August 2020. France "
            "condemned the junta.",
            date(2022, 2, 1),
        ),
        (  # the coup is in the lede but dated long before
            "Myanmar's military government freed an Australian economist on Thursday, nearly "
            "two years after the army seized power. Canberra had urged the junta to free him.",
            date(2022, 11, 17),
        ),
    ],
)
def test_a_junta_that_has_ruled_for_a_while_is_its_state(
    extractor: Extractor, text: str, published: date
) -> None:
    found = extracted_triples(extractor, text, published)
    assert not any(s.endswith("military") or t.endswith("military") for s, _, t in found)
    assert any(t in ("Mali", "Myanmar") for _, _, t in found)


@pytest.mark.parametrize(
    ("reaction", "expected"),
    [
        ("Canada condemned the takeover.", ("Canada", "CONDEMNED", "Thailand military")),
        ("Canada condemned the seizure of power.", ("Canada", "CONDEMNED", "Thailand military")),
        ("Canada denounced the coup.", ("Canada", "CONDEMNED", "Thailand military")),
    ],
)
def test_the_coup_condemned_is_the_militarys(
    extractor: Extractor, reaction: str, expected: tuple[str, str, str]
) -> None:
    found = extracted_triples(extractor, f"{_COUP} {reaction}", date(2024, 3, 2))
    assert expected in found


def test_a_seizure_of_something_else_is_not_the_coup(extractor: Extractor) -> None:
    text = f"{_COUP} Separately, Iran seized a British tanker. Canada condemned the seizure."
    found = extracted_triples(extractor, text, date(2024, 3, 2))
    assert ("Canada", "CONDEMNED", "Thailand military") not in found


def test_an_officer_of_a_state_the_article_does_not_name_invents_no_body(
    extractor: Extractor,
) -> None:
    text = (
        "The president was killed by rebels on Tuesday, and a military council headed by his "
        "son, General Mahamat Deby, seized power. France urged the generals to hold elections."
    )
    found = extracted_triples(extractor, text, date(2021, 4, 21))
    assert not any(s.endswith("military") or t.endswith("military") for s, _, t in found)


def test_a_military_takeover_of_a_place_is_no_coup(extractor: Extractor) -> None:
    text = (
        "CAIRO, May 8 - Egypt condemned the Israeli takeover of the Rafah crossing on Tuesday, "
        "saying the move endangered aid deliveries. The Israeli military said its troops had "
        "taken control of the Gaza side of the crossing."
    )
    found = extracted_triples(extractor, text, date(2024, 5, 8))
    assert ("Egypt", "CONDEMNED", "Israel") in found
    assert not any(s.endswith("military") or t.endswith("military") for s, _, t in found)


def test_a_takeover_of_the_government_is_a_coup(extractor: Extractor) -> None:
    text = (
        "NIAMEY, July 28 - Niger's military announced a takeover of the government on "
        "Wednesday, detaining President Mohamed Bazoum. France urged the military to free him."
    )
    found = extracted_triples(extractor, text, date(2023, 7, 28))
    assert ("Niger military", "DETAINED", "Mohamed Bazoum") in found


def test_a_deadline_of_a_year_does_not_date_the_coup_back(extractor: Extractor) -> None:
    """ "within a year" is a deadline ahead, not a coup told as a year old: the lede's coup is
    the story's own news and its military a body."""
    text = (
        "NIAMEY, Aug 4 - Chad's new military rulers have freed ousted President Idriss Kaboro, "
        "a week after mutinous soldiers detained him, as African leaders told the junta to "
        "hold elections within a year. Kenya urged the junta to free all ministers."
    )
    found = extracted_triples(extractor, text, date(2024, 8, 4))
    assert ("Kenya", "URGED", "Chad military") in found
    assert not any(t == "Chad" for _, r, t in found if r == "URGED")


def test_a_condemned_mutiny_is_the_coup_militarys(extractor: Extractor) -> None:
    text = (
        "Chad's military seized power on Monday in a coup, detaining President Idriss Kaboro. "
        "Kenya's foreign ministry condemned the mutiny."
    )
    found = extracted_triples(extractor, text, date(2024, 8, 4))
    assert ("Kenya", "CONDEMNED", "Chad military") in found
