"""A veto's subject the parser read as the object of "after" across a date, and a next clause's
subjects it joined across a semicolon to the draft's sponsors (subjects, arguments)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_a_subject_read_as_after_object_across_a_date(read: Reader) -> None:
    text = (
        "The emergency session was convened after Russia on Feb. 25 vetoed a draft that had "
        "been put forward by Ukraine and Egypt."
    )
    found = triples(read(text))
    assert ("Russia", "REJECTED", "Ukraine") in found
    assert ("Russia", "REJECTED", "Egypt") in found


def test_the_next_clause_after_a_semicolon_is_no_sponsor(read: Reader) -> None:
    text = (
        "Russia vetoed a similar draft that had been put forward by Ukraine and "
        "Egypt; Israel, Qatar and Iran abstained in that vote."
    )
    rejected = {(s, t) for s, r, t in triples(read(text)) if r == "REJECTED"}
    assert ("Russia", "Ukraine") in rejected
    assert not {("Russia", "Israel"), ("Russia", "Qatar"), ("Russia", "Iran")} & rejected
    assert not {s for s, _ in rejected} - {"Russia"}  # the abstainers vetoed nothing


def test_a_plain_list_of_sponsors_stays_whole(read: Reader) -> None:
    text = "Russia vetoed a text put forward by Ukraine, Egypt and Qatar on Tuesday."
    rejected = {t for s, r, t in triples(read(text)) if r == "REJECTED" and s == "Russia"}
    assert {"Ukraine", "Egypt", "Qatar"} <= rejected
