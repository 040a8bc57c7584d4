"""Accusations and rejections read through what the text names instead of the accuser: the
charge, the case, an involvement denied, an order of a crime told (model-backed, sentences of our
own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


CASE = (
    "KYIV, May 2 - Ukraine filed a case at the tribunal in March, accusing Russia of war "
    "crimes in the east. Judges will hear the first arguments next week. The hearings are "
    "expected to last a month. More than 40 lawyers have registered. "
)


@pytest.mark.parametrize(
    "reaction",
    [
        "Lavrov rejected the war crimes charge as absurd.",
        "Lavrov called the submission meritless.",
        "Lavrov dismissed the accusation on Tuesday.",
    ],
)
def test_the_charge_rejected_is_the_earlier_accusers(read: Reader, reaction: str) -> None:
    assert ("Sergey Lavrov", "REJECTED", "Ukraine") in triples(read(CASE + reaction))


@pytest.mark.parametrize(
    "reaction",
    [
        "Lavrov did not reject the war crimes charge.",
        "Lavrov may yet reject the charge.",
    ],
)
def test_a_charge_not_rejected_rejects_nobody(read: Reader, reaction: str) -> None:
    found = triples(read(CASE + reaction))
    assert not any(kind == "REJECTED" for _, kind, _ in found)


def test_no_earlier_accusation_no_maker(read: Reader) -> None:
    doc = read("Ukraine asked Russia for talks in March. Lavrov rejected the charge on Tuesday.")
    assert not any(kind == "REJECTED" for _, kind, _ in triples(doc))


def test_nobody_rejects_their_own_sides_charge(read: Reader) -> None:
    doc = read(
        "Russia accused Ukraine of shelling the plant on Monday. Putin dismissed the charge."
    )
    assert ("Vladimir Putin", "REJECTED", "Russia") not in triples(doc)


def _accused(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "ACCUSED"}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said the bombing had been ordered by Iran.",
        "Egypt's highest court ruled on Monday that the killing was ordered by Iran.",
        "Egypt said two men had been arrested on suspicion of sabotage on the orders of Iran.",
        "Egypt said there was strong suspicion that officers of Iran were involved in the blast.",
    ],
)
def test_a_told_order_of_a_crime_accuses_who_gave_it(read: Reader, text: str) -> None:
    assert ("Egypt", "Iran") in _accused(triples(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt said the bombing had not been ordered by Iran.",
        "Egypt said the talks had been planned by Iran.",
        "Iranian troops withdrew from the border on the orders of Egypt.",
        "Egypt might say the bombing had been ordered by Iran.",
        "Egypt said Iran was involved in the talks.",
        "Egypt said Iran was not involved in the bombing.",
        "Officers of Iran were involved in the blast.",
    ],
)
def test_no_told_order_of_a_crime_accuses_nobody(read: Reader, text: str) -> None:
    assert not _accused(triples(read(text)))


def _rejected(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "REJECTED"}


def test_a_part_denied_rejects_the_earlier_accuser(read: Reader) -> None:
    doc = read(
        "Ukraine accused Russia of sabotage at the dam in March. The dam burst on Monday. "
        "Officials said thousands of homes were flooded. Moscow denied any involvement."
    )
    assert ("Russia", "Ukraine") in _rejected(triples(doc))


def test_a_part_not_denied_rejects_nobody(read: Reader) -> None:
    doc = read(
        "Ukraine accused Russia of sabotage at the dam in March. The dam burst on Monday. "
        "Moscow did not deny any involvement."
    )
    assert not _rejected(triples(doc))


def test_the_case_rejected_is_the_prosecutors(read: Reader) -> None:
    doc = read(
        "American prosecutors charged him with fraud in 2020. He was arrested in Cape Verde. "
        "Iran rejected the case throughout."
    )
    assert ("Iran", "United States") in _rejected(triples(doc))


def test_a_reading_rejected_is_its_speakers(read: Reader) -> None:
    doc = read("Blinken said Russia had in effect conceded defeat. Lavrov rejected that reading.")
    assert ("Sergey Lavrov", "Antony Blinken") in _rejected(triples(doc))


@pytest.mark.parametrize(("denial", "rejects"), [("denied", True), ("did not deny", False)])
def test_any_such_act_denied_is_the_earlier_accusers(
    read: Reader, denial: str, rejects: bool
) -> None:
    doc = read(
        f"Washington accused Iran of shipping drones to Russia. Moscow {denial} any such trade."
    )
    assert (("Russia", "United States") in _rejected(triples(doc))) is rejects
