"""A go-between of "the restoration of ties between X and Y" mediated between them; approving a
state's membership backs it (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mediator"),
    [
        ("Beijing brokered the restoration of ties between Armenia and Azerbaijan.", "China"),
        ("Qatar mediated the resumption of talks between Armenia and Azerbaijan.", "Qatar"),
        (
            "Egypt helped broker the normalisation of relations between Armenia and Azerbaijan.",
            "Egypt",
        ),
        (
            "Uganda, which facilitated a renewal of dialogue between Armenia and Azerbaijan, won.",
            "Uganda",
        ),
    ],
)
def test_brokering_a_settling_act_mediates_between_its_parties(
    read: Reader, text: str, mediator: str
) -> None:
    found = triples(read(text))
    assert (mediator, "MEDIATED", "Armenia") in found
    assert (mediator, "MEDIATED", "Azerbaijan") in found


@pytest.mark.parametrize(
    "text",
    [
        "Beijing hoped to broker the restoration of ties between Armenia and Azerbaijan.",
        "Beijing did not broker the restoration of ties between Armenia and Azerbaijan.",
        "Beijing praised the restoration of ties between Armenia and Azerbaijan.",
        "Qatar could mediate the resumption of talks between Armenia and Azerbaijan.",
    ],
)
def test_a_hoped_denied_or_praised_settlement_mediates_nothing(read: Reader, text: str) -> None:
    assert not any(kind == "MEDIATED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt approved Qatar's membership in January.", ("Egypt", "SUPPORTED", "Qatar")),
        ("Armenia ratified Ukraine's bid to join NATO.", ("Armenia", "SUPPORTED", "Ukraine")),
        ("NATO approved Ukraine's application to join.", ("NATO", "SUPPORTED", "Ukraine")),
    ],
)
def test_approving_a_membership_backs_the_entrant(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Armenia has not ratified Ukraine's bid to join NATO.",
        "Armenia refused to approve Ukraine's membership.",
        "Egypt could approve Qatar's membership next week.",
        "Egypt approved Qatar's plan.",
        "Egypt approved sanctions on Iran.",
    ],
)
def test_no_assent_or_no_membership_backs_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "SUPPORTED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Washington recognises Berg as the country's legitimate president.",
        "Qatar recognized Keller as interim leader in 2019.",
    ],
)
def test_recognising_someone_as_ruler_backs_them(read: Reader, text: str) -> None:
    assert any(kind == "SUPPORTED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Moscow does not recognise Berg as president.",
        "Moscow refused to recognise Keller as leader.",
        "The EU recognised the FSB as a terrorist group.",
        "Blinken recognised the problem as serious.",
    ],
)
def test_no_recognition_or_a_hostile_one_backs_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "SUPPORTED" for _, kind, _ in triples(read(text)))
