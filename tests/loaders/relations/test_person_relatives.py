"""A "who"/"whom" clause after an appositive with a body in its "of" phrase is about the person,
not the body (model-backed; sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Leila Haddad", "PERSON", "PSE", ("Haddad",)),
    ("Popular Front for the Liberation of Palestine", "ORGANIZATION", None, ()),
    ("Anna Petrova", "PERSON", "RUS", ("Petrova",)),
    ("Radio Free Europe", "ORGANIZATION", None, ()),
    ("Hamas", "ORGANIZATION", None, ()),
]


@pytest.fixture(scope="module")
def read_more(nlp: Language) -> Reader:
    return make_reader(nlp, ACTORS + _MORE)


def test_whom_after_a_member_of_a_body_is_the_member(read_more: Reader) -> None:
    doc = read_more(
        "The freed women included Leila Haddad, a senior member of the Popular Front for the "
        "Liberation of Palestine, whom Israel had held without charge since 2022."
    )
    assert ("Israel", "Leila Haddad") in pairs(doc, "DETAINED")


def test_whom_after_a_reporter_for_an_outlet_is_the_reporter(read_more: Reader) -> None:
    doc = read_more(
        "Moscow jailed Anna Petrova, a reporter for Radio Free Europe, whom it accused of spying."
    )
    accused = pairs(doc, "ACCUSED")
    assert ("Russia", "Anna Petrova") in accused
    assert ("Russia", "Radio Free Europe") not in accused


def test_whom_after_a_named_person_in_an_of_phrase_stays_on_the_person(read_more: Reader) -> None:
    # the near miss: the person is the "of" phrase's own noun, not a body to climb out of
    doc = read_more(
        "Washington welcomed the release of Evan Gershkovich, whom Russia had held for a year."
    )
    assert ("Russia", "Evan Gershkovich") in pairs(doc, "DETAINED")


def test_whom_after_a_name_in_a_chain_of_of_phrases_stays_on_the_name(read_more: Reader) -> None:
    # the near miss: no appositive to climb to; the name before "whom" is the one blamed
    doc = read_more(
        "Putin accused Kyiv of sheltering members of the network of the dissident Anna Petrova, "
        "whom Moscow blames for the bombing."
    )
    assert ("Russia", "Anna Petrova") in pairs(doc, "ACCUSED")
