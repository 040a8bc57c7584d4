"""Two verbs with a second sense that is not their trigger's: "hold" someone responsible is
blame, not custody; "tell" someone to leave is an expulsion order, not an urging (model-backed;
sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Russia held Evan Gershkovich responsible for the leak.",
        "Washington holds Sergey Lavrov personally accountable for the attacks.",
        "The Treasury blacklisted ten officers it held responsible for the coup, among them "
        "Anna Berg and Tom Keller.",
        "Kim Jong Un was held responsible for the blast by Washington.",
        "Israel holds Iran liable for every strike on its soil.",
    ],
)
def test_holding_someone_responsible_is_no_custody(read: Reader, text: str) -> None:
    assert not any(kind == "DETAINED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The FSB held Evan Gershkovich for ten weeks.", ("FSB", "Evan Gershkovich")),
        ("Iran has held Anna Berg in solitary confinement since May.", ("Iran", "Anna Berg")),
        ("Iran freed Tom Keller after holding him for a year.", ("Iran", "Tom Keller")),
        (
            "Russia arrested Tom Keller and held him responsible for the leak.",
            ("Russia", "Tom Keller"),
        ),
    ],
)
def test_holding_someone_in_custody_is_detention(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "DETAINED", pair[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "China declared Anna Berg persona non grata and told her to leave by May 13.",
        "Moscow told Tom Keller to leave the country within 48 hours.",
        "Iran asked Anna Berg to depart within a week.",
    ],
)
def test_being_told_to_leave_is_no_urging(read: Reader, text: str) -> None:
    assert not any(kind == "URGED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Biden told Putin to withdraw his troops.", ("Joe Biden", "Vladimir Putin")),
        (
            "Moscow told Anna Berg to leave and urged Washington to stop its provocations.",
            ("Russia", "United States"),
        ),
        ("Blinken asked Qatar to press Hamas on the hostages.", ("Antony Blinken", "Qatar")),
    ],
)
def test_being_told_to_act_is_still_urging(read: Reader, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "URGED", pair[1]) in triples(read(text))


def test_a_telling_only_supposed_is_no_urging(read: Reader) -> None:
    found = triples(read("Biden might tell Putin to withdraw his troops."))
    assert ("Joe Biden", "URGED", "Vladimir Putin") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Washington expelled Egypt from its jet training programme after the arms purchase.",
        "Iran was expelled from the regional council last year by Qatar.",
    ],
)
def test_removal_from_a_membership_is_no_expulsion(read: Reader, text: str) -> None:
    assert not any(kind == "EXPELLED" for _, kind, _ in triples(read(text)))


def test_diplomats_expelled_from_the_country_stay_expelled(read: Reader) -> None:
    found = triples(read("Egypt expelled two Iranian diplomats from the country on Monday."))
    assert ("Egypt", "EXPELLED", "Iran") in found
