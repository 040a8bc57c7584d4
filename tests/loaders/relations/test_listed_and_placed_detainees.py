"""Detainees named in a list after a holding with no doer of its own, and arrests by police or
a court placed in a state (whole extractor, articles of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model

_ROUNDUP = (
    "TUNIS, March 4 - Tunisia freed two students on Monday. Among those detained last week "
    "were the economist Karim Haddad, one of the organisers, former deputy Salma Ben Ali, "
    "activist Nour Trabelsi and Adel Gharbi, a retired judge."
)


def test_every_name_of_a_doerless_list_is_the_story_jailers(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _ROUNDUP)
    for person in ("Karim Haddad", "Salma Ben Ali", "Nour Trabelsi", "Adel Gharbi"):
        assert ("Tunisia", "DETAINED", person) in found


_PLACED = (
    "TUNIS, March 4 - Tunisia recalled its envoy on Monday. {doers} detained scores of "
    "protesters on Sunday, among them the poet Karim Haddad and the lawyer Salma Ben Ali."
)


def test_police_in_a_state_detain_a_listed_group_for_that_state(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _PLACED.format(doers="Police in Tunisia"))
    assert ("Tunisia", "DETAINED", "Karim Haddad") in found
    assert ("Tunisia", "DETAINED", "Salma Ben Ali") in found


def test_police_of_a_named_city_give_no_state(extractor: Extractor) -> None:
    found = extracted_triples(extractor, _PLACED.format(doers="Police in Narnia"))
    assert not any(kind == "DETAINED" for _, kind, _ in found)


def test_a_passive_arrest_by_police_in_a_state_is_that_states(extractor: Extractor) -> None:
    text = (
        "CAIRO, May 2 - Egypt summoned the envoy of Sweden on Tuesday. Lina Berg, a Swedish "
        "writer, was detained by police in Egypt in March."
    )
    assert ("Egypt", "DETAINED", "Lina Berg") in extracted_triples(extractor, text)


def test_a_warrant_by_a_court_in_a_state_detains_nobody(extractor: Extractor) -> None:
    text = (
        "CAIRO, May 2 - Egypt summoned the envoy of Sweden on Tuesday. A court in Egypt issued "
        "a warrant for the arrest of Lina Berg, a Swedish writer."
    )
    assert ("Egypt", "DETAINED", "Lina Berg") not in extracted_triples(extractor, text)
