"""Prison terms received, prosecutions, and obligations in a second that-clause (model-backed),
on sentences of our own wording."""

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
        "Berg received eight years in Iran for taking photographs.",
        "Berg received a ten-year sentence in Iran last spring.",
        "Berg is serving 12 years in Iran.",
    ],
)
def test_a_term_received_or_served_is_a_detention(read: Reader, text: str) -> None:
    assert ("Iran", "DETAINED", "Anna Berg") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Berg received years of training in Iran.",
        "Berg received a letter from Iran.",
        "Berg served two terms as a lawmaker in Iran.",
        "Berg did not receive a sentence in Iran.",
    ],
)
def test_what_is_no_prison_term_detains_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "DETAINED" for _, kind, _ in triples(read(text)))


def test_a_term_without_a_place_is_by_the_state_that_frees(read: Reader) -> None:
    doc = read("Keller received nine years last week. Iran freed Keller on Monday.")
    assert ("Iran", "DETAINED", "Tom Keller") in triples(doc)


def test_prosecuting_someone_accuses_them(read: Reader) -> None:
    assert ("Iran", "ACCUSED", "Tom Keller") in triples(read("Iran prosecuted Keller for spying."))


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not prosecute Keller.",
        "Iran refused to prosecute Keller.",
        "Iran may prosecute Keller.",
    ],
)
def test_no_prosecution_accuses_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))


def test_an_obligation_in_a_second_that_clause_urges(read: Reader) -> None:
    doc = read("Blinken said the reports were troubling and that China should stop the drills.")
    found = triples(doc)
    assert ("Antony Blinken", "URGED", "China") in found


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said the reports were troubling and that China had stopped the drills.",
        "Blinken said the reports were troubling and that China should have stopped the drills.",
        "Blinken said the reports were troubling and that Washington should do more.",
    ],
)
def test_a_second_clause_of_fact_or_reproach_urges_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "URGED" for _, kind, _ in triples(read(text)))
