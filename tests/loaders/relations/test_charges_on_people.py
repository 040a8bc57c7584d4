"""Charges on people named before: "charged them" past the descriptions of each
("A, a diplomat, and B, a businessman who ..."), "They were later convicted" after an arrest,
charges by law officers who are no actor ("Prosecutors charged him"). Our own sentences, read
by the whole extractor, negatives beside the positives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

MAREK, VOLKOV = "Ales Marek", "Dmitry Volkov"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Days later Belarusian police detained Ales Marek, a former diplomat working for a "
         "think-tank, and Dmitry Volkov, a businessman who organised trips to Poland, and later "
         "charged them with espionage.", ("Belarus", "ACCUSED", VOLKOV)),
        ("Russian police arrested Ales Marek, a teacher, and Dmitry Volkov, a driver who ran a "
         "shop in Minsk, and charged them with treason.", ("Russia", "ACCUSED", MAREK)),
        ("Turkey detained Ales Marek and Dmitry Volkov in 2020. They were later convicted of "
         "espionage.", ("Turkey", "ACCUSED", VOLKOV)),
        ("Iran arrested Ales Marek and Dmitry Volkov in May. They were sentenced to ten years "
         "for spying in October.", ("Iran", "ACCUSED", MAREK)),
        ("Iran arrested Ales Marek in 2022. Prosecutors later charged him with spying.",
         ("Iran", "ACCUSED", MAREK)),
    ],
)  # fmt: skip
def test_charges_reach_the_people_held(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # "they" are the ones the sentence itself names
        ("Turkey detained Ales Marek and Dmitry Volkov in 2020. The two ministers said they "
         "were convicted of nothing.", ("Turkey", "ACCUSED", VOLKOV)),
        # the sentence before held nobody
        ("Ales Marek and Dmitry Volkov met in Ankara. They were later convicted of espionage.",
         ("Turkey", "ACCUSED", MAREK)),
        # a charge not laid
        ("Turkey detained Ales Marek and Dmitry Volkov in 2020. They were never charged with "
         "espionage.", ("Turkey", "ACCUSED", MAREK)),
        # two states held them: whose charge it is is not said
        ("Turkey and Iran detained Ales Marek and Dmitry Volkov. They were later convicted of "
         "espionage.", ("Turkey", "ACCUSED", MAREK)),
        # lawyers are no law officers of the state
        ("Iran arrested Ales Marek in 2022. His lawyers accused him of lying.",
         ("Iran", "ACCUSED", MAREK)),
    ],
)  # fmt: skip
def test_no_charge_without_a_holder_or_on_others(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


def test_them_still_means_a_plural_inside_the_description_of_one(extractor: Extractor) -> None:
    """Only descriptions of list members are passed over: "Russia, which has ties with A and
    B, called on them" means A and B."""
    text = "Russia, which has ties with Armenia and Azerbaijan, called on them to show restraint."
    assert ("Russia", "URGED", "Azerbaijan") in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States will free Alexander Vinnik, a Russian convicted in a laundering "
         "case, in exchange for Mark Denby.", ("United States", "ACCUSED", "Alexander Vinnik")),
        ("Iran convicted Ales Marek in a closed trial last year.", ("Iran", "ACCUSED", MAREK)),
    ],
)  # fmt: skip
def test_a_conviction_is_an_accusation_whatever_the_crime_is_called(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran did not convict Ales Marek.", ("Iran", "ACCUSED", MAREK)),
        ("Iran could convict Ales Marek next year.", ("Iran", "ACCUSED", MAREK)),
        ("China freed Mark Denby, who had been detained for three years without charge.",
         ("China", "ACCUSED", "Mark Denby")),
    ],
)  # fmt: skip
def test_no_accusation_without_a_conviction_or_a_charge(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


_LISTED = (
    "Iran freed seven Britons on Monday. The Britons released were BP oil engineers Clara Holt, "
    "Simon Pike and Ruth Anders, as well as former Royal Marine Amy Cole. "
)


def test_the_counted_group_is_the_one_listed_by_the_same_noun(extractor: Extractor) -> None:
    """ "The three BP engineers" are the three engineers named before; "They" after their
    arrest are they."""
    text = (
        _LISTED + "The three BP engineers were arrested in Tehran. They were convicted of spying."
    )
    found = extracted_triples(extractor, text)
    assert ("Iran", "ACCUSED", "Ruth Anders") in found
    assert ("Iran", "ACCUSED", "Amy Cole") not in found


@pytest.mark.parametrize(
    "text",
    [
        # the count does not fit the list
        _LISTED + "The two BP engineers were arrested in Tehran. They were convicted of spying.",
        # no custody of the counted group
        _LISTED + "The three BP engineers met in Tehran in 2019. They were convicted of spying.",
    ],
)
def test_no_counted_group_without_its_count_or_its_custody(extractor: Extractor, text: str) -> None:
    assert ("Iran", "ACCUSED", "Ruth Anders") not in extracted_triples(extractor, text)
