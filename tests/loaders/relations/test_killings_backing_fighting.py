"""Killings by a state, "X-backed" groups and fighting "between" two sides, on sentences of our
own wording (model-backed). Each positive reading sits next to negatives that must not fire."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, triples

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Hezbollah", "ORGANIZATION", "LBN", ()),
    ("Hamas", "ORGANIZATION", "PSE", ()),
    ("Houthis", "ORGANIZATION", "YEM", ("Houthi",)),
    ("Wagner", "ORGANIZATION", "RUS", ()),
    ("United Nations", "ORGANIZATION", None, ("UN",)),
    ("Lebanon", "COUNTRY", "LBN", ("Beirut", "Lebanese")),
    ("Syria", "COUNTRY", "SYR", ("Damascus",)),
    ("Omar Haddad", "PERSON", "LBN", ("Haddad",)),
    ("Karim Nasser", "PERSON", "IRN", ("Nasser",)),
    ("Leila Sadri", "PERSON", "IRN", ("Sadri",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel killed Hezbollah commander Omar Haddad in an air strike.", ("Israel", "Haddad")),
        ("Haddad was killed by an Israeli drone strike near Beirut.", ("Israel", "Haddad")),
        ("An Israeli airstrike killed Haddad on Tuesday.", ("Israel", "Haddad")),
        ("Karim Nasser was assassinated by Israel in Damascus.", ("Israel", "Nasser")),
        (
            "Iran named Karim Nasser, the head of its drone unit, who was killed by a U.S. strike.",
            ("United States", "Nasser"),
        ),
        (
            "Nasser died in a U.S. drone strike in January. The same strike killed Leila Sadri.",
            ("United States", "Sadri"),
        ),
    ],
)
def test_a_state_killing_a_named_person_attacked_them(
    read_more: Reader, text: str, expected: tuple[str, str]
) -> None:
    names = {"Haddad": "Omar Haddad", "Nasser": "Karim Nasser", "Sadri": "Leila Sadri"}
    assert (expected[0], "ATTACKED", names[expected[1]]) in triples(read_more(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel threatened to kill Haddad if the rockets did not stop.",
        "Israel denied that it had killed Haddad.",
        "Israel did not kill Haddad, the army said.",
        "A gunman killed Karim Nasser outside his home in Tehran.",  # a crime, no state
        "Iranian police killed Leila Sadri during a protest.",  # its own people: no attack
        "The strike killed Haddad.",  # whose strike, nobody says
        "Israel could kill Haddad at any time, analysts said.",
    ],
)
def test_threats_denials_crimes_and_own_people_are_no_attack(read_more: Reader, text: str) -> None:
    assert not any(kind == "ATTACKED" for _, kind, _ in triples(read_more(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iran-backed Houthis fired missiles at ships.", ("Iran", "Houthis")),
        ("Hamas, backed by Iran, rejected the offer.", ("Iran", "Hamas")),
        ("The Russian-funded Wagner recruited fighters.", ("Russia", "Wagner")),
        (
            "Hezbollah's leaders met in Beirut. The Iran-backed group then fired rockets.",
            ("Iran", "Hezbollah"),
        ),
    ],
)
def test_a_participle_names_who_backs_a_group(
    read_more: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "SUPPORTED", expected[1]) in triples(read_more(text))


@pytest.mark.parametrize(
    "text",
    [
        "The UN said the Russian-backed group had seized the town.",  # who the group is: unknown
        "Israel denied that Hamas is Iran-backed.",
        "Iran would never arm the Houthis, Tehran said.",
        "The Iran-backed group fired rockets.",  # no group named before
        # the participle in front backs its own noun, not the one listed before it
        "Clashes between Israeli troops and Iran-backed militias erupted near the border.",
        "Fighting between Lebanese soldiers and Syrian-backed gunmen spread to Beirut.",
    ],
)
def test_no_backer_or_no_named_group_gives_no_support(read_more: Reader, text: str) -> None:
    found = triples(read_more(text))
    assert not any(kind == "SUPPORTED" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Heavy fighting between Armenia and Azerbaijan broke out in the autumn.",
            ("Armenia", "Azerbaijan"),
        ),
        ("The truce ended the war between Israel and Hamas.", ("Israel", "Hamas")),
    ],
)
def test_fighting_between_two_sides_attacks_each_way(
    read_more: Reader, text: str, sides: tuple[str, str]
) -> None:
    found = triples(read_more(text))
    assert (sides[0], "ATTACKED", sides[1]) in found
    assert (sides[1], "ATTACKED", sides[0]) in found


@pytest.mark.parametrize(
    "text",
    [
        "Fears of a war between China and the United States grew.",
        "The talks aimed to prevent fighting between Armenia and Azerbaijan.",
        "Hostilities between Israel and Iran could escalate, Blinken warned.",
        "There has been no fighting between Armenia and Azerbaijan since May.",
        # a hyphened backer is no side: the backed gunmen are nobody we know
        "Fighting between Lebanese soldiers and Syrian-backed gunmen spread to Beirut.",
    ],
)
def test_a_feared_or_prevented_war_is_no_attack(read_more: Reader, text: str) -> None:
    assert not any(kind == "ATTACKED" for _, kind, _ in triples(read_more(text)))
