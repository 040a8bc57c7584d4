"""A rejected "the allegations" answers whoever said, paragraphs before, that the rejecter did
it (loaders/relations/claimed_about.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar said Egypt had supplied the rockets to the rebels. The shipment was seized "
            "in March. Its crew was later released. Cairo dismissed the allegations as fabricated.",
            ("Egypt", "REJECTED", "Qatar"),
        ),
        (
            "Ukraine said the blackout had been caused by Chinese hackers. Power returned after "
            "two days. Engineers worked through the night. Beijing rejected such claims.",
            ("China", "REJECTED", "Ukraine"),
        ),
        (
            "Armenia said the drones had been launched by Azerbaijan. Two villages lost power. "
            "Schools closed for a week. Baku said the accusations were baseless.",
            ("Azerbaijan", "REJECTED", "Armenia"),
        ),
    ],
)
def test_the_rejected_noun_answers_who_said_the_rejecter_did_it(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # two sides said it: the allegations could be either's
        "Qatar said Egypt had supplied the rockets. Israel said Egypt had also trained the rebels. "
        "The shipment was seized in March. Its crew was released. Cairo dismissed the allegations.",
        # what was said names the rejecter as the one acted on, not the doer
        "Qatar said Egypt had been attacked by rebels. The shipment was seized in March. Its crew "
        "was released. Schools closed. Cairo dismissed the allegations.",
        # what was said denies the act
        "Qatar said Egypt had not supplied the rockets. The shipment was seized in March. Its "
        "crew was released. Schools closed. Cairo dismissed the allegations.",
        # the rejection did not happen
        "Qatar said Egypt had supplied the rockets. The shipment was seized in March. Its crew "
        "was released. Schools closed. Cairo did not dismiss the allegations.",
    ],
)
def test_no_single_author_or_no_rejection_gives_none(read: Reader, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        # the doer said is one the rejecter backs, not the rejecter
        "Qatar said the Iran-backed rebels had supplied the rockets. The shipment was seized in "
        "March. Its crew was released. Schools closed. Tehran dismissed the allegations.",
        # the rejecter is a doer only inside a modifier of a noun
        "Qatar said it would free the sailors held by Egypt. The shipment was seized in March. "
        "Its crew was released. Schools closed. Cairo dismissed the allegations.",
    ],
)
def test_a_backer_or_a_doer_in_a_modifier_is_not_the_one_said_to_act(
    read: Reader, text: str
) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in triples(read(text)))
