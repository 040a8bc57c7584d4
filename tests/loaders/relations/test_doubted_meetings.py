"""Meetings their own sentence does not stand behind (doubted_meetings.py): a greeting at the
plane, a report nobody confirmed, room left for talks; and a person with the body he serves
(own_side.py). Each next to meetings that stay (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pytest

from loaders.relations.own_side import serves
from schema.models import Actor, Role
from schema.ontology import ActorKind
from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from tests.loaders.relations.conftest import Reader


def _met(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "MET_WITH", b) in found or (b, "MET_WITH", a) in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Blinken was met on the tarmac by Putin.", "Antony Blinken", "Vladimir Putin"),
        ("Zelensky was met at the airport by Biden.", "Volodymyr Zelensky", "Joe Biden"),
        ("Lavrov was met at the steps of his plane by Kim.", "Sergey Lavrov", "Kim Jong Un"),
        (
            "Israeli media reported that Iranian and Egyptian officials had met in Doha, but "
            "neither government has confirmed the meeting.",
            "Iran",
            "Egypt",
        ),
        (
            "Newspapers reported that Iranian and Qatari envoys held secret talks in Baghdad, "
            "which Tehran has not confirmed.",
            "Iran",
            "Qatar",
        ),
        (
            "Kyiv said Zelensky had met Biden in Warsaw, a meeting Washington has not confirmed.",
            "Volodymyr Zelensky",
            "Joe Biden",
        ),
        (
            "Iran said it would answer on Sunday, leaving room for talks with Washington.",
            "Iran",
            "United States",
        ),
    ],
)
def test_a_greeting_an_unconfirmed_report_or_room_for_talks_is_no_meeting(
    read: Reader, text: str, a: str, b: str
) -> None:
    assert not _met(triples(read(text)), a, b)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Lavrov was met by Kim in Pyongyang for talks.", "Sergey Lavrov", "Kim Jong Un"),
        ("Blinken was received by Putin at the Kremlin.", "Antony Blinken", "Vladimir Putin"),
        (
            "State media reported that Putin met Kim in Vladivostok on Monday.",
            "Vladimir Putin",
            "Kim Jong Un",
        ),
        (
            "Kyiv confirmed that Zelensky had met Biden in Warsaw, which Washington had "
            "not announced.",
            "Volodymyr Zelensky",
            "Joe Biden",
        ),
        (
            "Blinken was met at the airport by officials before he held talks with Putin.",
            "Antony Blinken",
            "Vladimir Putin",
        ),
        (
            "Iran held talks with Qatar on Monday, leaving room for a deal later.",
            "Iran",
            "Qatar",
        ),
    ],
)
def test_meetings_the_sentence_stands_behind_stay(read: Reader, text: str, a: str, b: str) -> None:
    assert _met(triples(read(text)), a, b)


class _Index:
    """What `serves` reads of an ActorIndex."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {a.id: a for a in actors}

    def kind(self, actor_id: str) -> str | None:
        return str(self.actors[actor_id].kind)

    def country(self, actor_id: str) -> str | None:
        return self.actors[actor_id].country


_NATO = Actor(id="organization:nato", name="NATO", kind=ActorKind.ORGANIZATION)
_EU = Actor(
    id="organization:eu", name="European Union", kind=ActorKind.ORGANIZATION, aliases=("EU",)
)
_NOR = Actor(id="country:NOR", name="Norway", kind=ActorKind.COUNTRY, country="NOR")
_RUS = Actor(id="country:RUS", name="Russia", kind=ActorKind.COUNTRY, country="RUS")
_HEAD = Actor(
    id="person:sg",
    name="Jens Stoltenberg",
    kind=ActorKind.PERSON,
    country="NOR",
    title="NATO Secretary General",
)
_ENVOY = Actor(
    id="person:envoy",
    name="Anna Berg",
    kind=ActorKind.PERSON,
    country="USA",
    roles=(Role(title="envoy", organization_id="organization:eu"),),
)


def _index() -> ActorIndex:
    return cast("ActorIndex", _Index([_NATO, _EU, _NOR, _RUS, _HEAD, _ENVOY]))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("person:sg", "organization:nato", True),  # his title names the body
        ("organization:nato", "person:sg", True),
        ("person:sg", "country:NOR", True),  # his own state
        ("person:envoy", "organization:eu", True),  # a role serving it
        ("person:sg", "country:RUS", False),
        ("person:sg", "organization:eu", False),
        ("person:envoy", "organization:nato", False),
        ("person:sg", "person:envoy", False),
    ],
)
def test_a_person_serves_his_state_and_the_body_his_title_names(
    a: str, b: str, expected: bool
) -> None:
    assert serves(_index(), a, b) is expected


@pytest.mark.model
def test_a_joint_statement_signs_nothing_with_ones_own_state(read: Reader) -> None:
    text = "Putin and the Kremlin said in a joint statement with Beijing that talks went well."
    found = triples(read(text))
    assert ("Vladimir Putin", "SIGNED_AGREEMENT_WITH", "Russia") not in found
    assert ("Russia", "SIGNED_AGREEMENT_WITH", "Vladimir Putin") not in found
    assert ("Russia", "SIGNED_AGREEMENT_WITH", "China") in found or (
        "China",
        "SIGNED_AGREEMENT_WITH",
        "Russia",
    ) in found
