"""Victims named in a list the parser hangs on the group they belong to ("killed three
commanders of the militia, A, B and C"), on sentences of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import ActorRow, Reader

pytestmark = pytest.mark.model

_MORE: list[ActorRow] = [
    ("Hezbollah", "ORGANIZATION", "LBN", ()),
    ("Lebanon", "COUNTRY", "LBN", ("Beirut", "Lebanese")),
    ("Omar Haddad", "PERSON", "LBN", ("Haddad",)),
    ("Karim Nasser", "PERSON", "LBN", ("Nasser",)),
    ("Leila Sadri", "PERSON", "LBN", ("Sadri",)),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Israeli jets killed two senior leaders of the militia, Omar Haddad and "
        "Karim Nasser, in a raid on a village in the south.",
        "Early on Friday, Israeli drones killed three field commanders of the armed movement, "
        "Omar Haddad, Karim Nasser and Leila Sadri, near the border.",
    ],
)
def test_people_listed_after_the_group_of_the_victims_were_attacked(
    read_more: Reader, text: str
) -> None:
    found = pairs(read_more(text), "ATTACKED")
    assert ("Israel", "Omar Haddad") in found
    assert ("Israel", "Karim Nasser") in found


def test_a_person_described_after_another_person_is_no_victim(read_more: Reader) -> None:
    # the name after the comma is the aide's, not one of the bodyguards killed
    text = "Israeli jets killed two bodyguards of the aide to Haddad, Karim Nasser, in Beirut."
    found = pairs(read_more(text), "ATTACKED")
    assert ("Israel", "Karim Nasser") not in found
