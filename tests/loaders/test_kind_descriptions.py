"""Ends told by a description instead of a name: a demonym and post accused "of" an act, an
armed group described by its creed, a state described by its kind ("the island nation", "the
Gulf state", "the emirate"); each resolves to the one fitting actor named before, never to one
of two. Sentences of our own wording, through the whole extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "of" belongs to "accusing", not to the post ("the president of Kenya")
            "Italian Prime Minister Giorgia Meloni hosted Albanian Prime Minister Edi Rama in "
            "Rome. Serbia lashed out on Tuesday, accusing the Italian leader of "
            "meddling in the Balkans.",
            ("Serbia", "ACCUSED", "Giorgia Meloni"),
        ),
        (  # a creed before the head describes the group, however the tagger reads it
            "Hezbollah launched drones at a northern town overnight. Israeli jets then bombed "
            "the heavily armed Shi'ite group near Tyre.",
            ("Israel", "ATTACKED", "Hezbollah"),
        ),
        (  # the one island state named before
            "Tuvalu switched its recognition to Beijing on Tuesday. Australia criticised the "
            "island nation for the move.",
            ("Australia", "CONDEMNED", "Tuvalu"),
        ),
        (  # the one Gulf state named before
            "Kuwait hosted the reconciliation talks last week. Egypt praised the Gulf state on "
            "Sunday.",
            ("Egypt", "SUPPORTED", "Kuwait"),
        ),
        (
            "Kuwait hosted the reconciliation talks last week. Egypt praised the emirate on "
            "Sunday.",
            ("Egypt", "SUPPORTED", "Kuwait"),
        ),
        (  # the one company named before
            "Washington blacklisted Zentro Technologies on Monday. Britain sanctioned the "
            "company a day later.",
            ("United Kingdom", "SANCTIONED", "Zentro Technologies"),
        ),
    ],
)
def test_description_resolves(extractor: Extractor, text: str, expected: tuple[str, ...]) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # a post "of" a state stays a naming: no one accused
            "Italian Prime Minister Giorgia Meloni hosted Albanian Prime Minister Edi Rama in "
            "Rome. Serbia accused the prime minister of Kosovo of meddling.",
            ("Serbia", "ACCUSED", "Giorgia Meloni"),
        ),
        (  # two island states named: neither is meant
            "Tuvalu and Fiji signed a fisheries pact with Taipei. Australia criticised the "
            "island nation for the move.",
            ("Australia", "CONDEMNED", "Tuvalu"),
        ),
        (
            "Tuvalu and Fiji signed a fisheries pact with Taipei. Australia criticised the "
            "island nation for the move.",
            ("Australia", "CONDEMNED", "Fiji"),
        ),
        (  # two Gulf states named: neither
            "Kuwait and Oman hosted the reconciliation talks. Egypt praised the Gulf state on "
            "Sunday.",
            ("Egypt", "SUPPORTED", "Kuwait"),
        ),
        (  # no Gulf state named: an island state is no Gulf state
            "Tuvalu hosted the reconciliation talks. Egypt praised the Gulf state on Sunday.",
            ("Egypt", "SUPPORTED", "Tuvalu"),
        ),
        (  # two companies named: neither is meant
            "Washington blacklisted Zentro Technologies and Halvik Industries on Monday. "
            "Britain sanctioned the company a day later.",
            ("United Kingdom", "SANCTIONED", "Zentro Technologies"),
        ),
        (  # a company named only by the description is another one
            "Washington blacklisted Zentro Technologies on Monday, saying it used a shell "
            "company in Dubai. Britain sanctioned the company a day later.",
            ("United Kingdom", "SANCTIONED", "Zentro Technologies"),
        ),
        (  # a bare "the nation" is no kind of state
            "Tuvalu hosted the reconciliation talks. Egypt praised the nation on Sunday.",
            ("Egypt", "SUPPORTED", "Tuvalu"),
        ),
    ],
)
def test_description_stays_silent(extractor: Extractor, text: str, wrong: tuple[str, ...]) -> None:
    assert wrong not in extracted_triples(extractor, text)


def test_the_kingdom_a_state_s_own_body_speaks_of_is_that_state(extractor: Extractor) -> None:
    """ "Saudi Arabia's royal court said the kingdom ...": the court's own kingdom, though
    another kingdom was named before it."""
    text = (
        "Jordan arrested a former crown prince on Sunday. Saudi Arabia's royal court said the "
        "kingdom stood fully with King Abdullah."
    )
    found = extracted_triples(extractor, text)
    assert ("Saudi Arabia", "SUPPORTED", "King Abdullah") in found
    assert ("Jordan", "SUPPORTED", "Abdullah") not in found


def test_the_kingdom_of_two_named_kingdoms_is_neither(extractor: Extractor) -> None:
    text = (
        "Jordan and Morocco signed a trade pact on Sunday. Egypt said later that it would "
        "support the kingdom in its talks with Brussels."
    )
    found = extracted_triples(extractor, text)
    assert not any(t == "SUPPORTED" and o in ("Jordan", "Morocco") for _, t, o in found)
