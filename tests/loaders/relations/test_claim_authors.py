"""Whose thing is rejected when the thing names its author: a possessive or a demonym on it
("rejected Pakistan's description of the talks", "dismissed Japanese suggestions") or a
"from" list after it ("brushed aside the appeals from Washington, Berlin and Paris").
ANNOTATION.md: REJECTED targets who made the claim or proposal; the gold files read
"rejected calls/appeals/requests from Y" as REJECTED Y throughout."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India rejected Pakistan's description of the talks as a failure.",
            [("India", "Pakistan")],
        ),
        (
            "Seoul dismissed Japanese suggestions that the agreement had lapsed.",
            [("South Korea", "Japan")],
        ),
        (
            "The Security Council rejected a Russian bid to delay the vote.",
            [("UN Security Council", "Russia")],
        ),
        ("Turkey rejected Sweden's assurances on the matter.", [("Turkey", "Sweden")]),
        (
            "Beijing flatly rejected the American explanation of the incident.",
            [("China", "United States")],
        ),
        (
            "Lavrov brushed aside the appeals from Washington, Berlin and Paris.",
            [("Lavrov", "United States"), ("Lavrov", "Germany"), ("Lavrov", "France")],
        ),
        (
            "Caracas turned down a plea from Brasilia to free the activists.",
            [("Venezuela", "Brazil")],
        ),
        (
            "Moscow rebuffed the requests from Berlin and Paris for a ceasefire.",
            [("Russia", "Germany"), ("Russia", "France")],
        ),
    ],
)
def test_rejected_thing_names_its_author(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    found = extracted_triples(extractor, text)
    for source, target in expected:
        assert (source, "REJECTED", target) in found


@pytest.mark.parametrize(
    "text",
    [
        "India did not reject Pakistan's description of the talks.",
        "Seoul welcomed Japanese suggestions that the agreement should be renewed.",
        "Japanese suggestions that the agreement had lapsed were published on Monday.",
        "Lavrov received the appeals from Washington, Berlin and Paris on Monday.",
        "Moscow refused to reject the requests from Berlin and Paris.",
        "Turkey could reject Sweden's assurances if the talks fail.",
    ],
)
def test_no_rejection_of_an_authored_thing(extractor: Extractor, text: str) -> None:
    assert not any(kind == "REJECTED" for _, kind, _ in extracted_triples(extractor, text))


def test_demonym_on_an_act_condemned_is_its_doer(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "Beijing denounced American interference in its affairs.")
    assert ("China", "CONDEMNED", "United States") in found
    praised = extracted_triples(extractor, "Beijing praised American restraint in the region.")
    assert not any(kind == "CONDEMNED" for _, kind, _ in praised)


COURT = "The International Court of Justice ordered Israel to halt the offensive. "


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        (COURT + "Netanyahu dismissed the court's order as outrageous.", True),
        (COURT + "Israel flatly rejected the court's ruling on Friday.", True),
        (COURT + "Netanyahu did not dismiss the court's order.", False),
        (COURT + "Netanyahu welcomed the court's order.", False),
        (
            "The International Court of Justice and the International Criminal Court both acted. "
            "Netanyahu dismissed the court's order as outrageous.",
            False,
        ),
    ],
)
def test_ruling_of_the_one_court_named(extractor: Extractor, text: str, rejected: bool) -> None:
    """ "the court's ruling" is the one court the article names, and only when there is one."""
    found = extracted_triples(extractor, text)
    court = "International Court of Justice"
    assert any(k == "REJECTED" and t == court for _, k, t in found) is rejected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maduro rejected calls for new elections from Brazil and Colombia.",
            {("Maduro", "Brazil"), ("Maduro", "Colombia")},
        ),
        (
            "Israel has dismissed demands for a ceasefire from Egypt and Qatar.",
            {("Israel", "Egypt")},
        ),
        ("Putin rebuffed appeals for restraint from Germany.", {("Putin", "Germany")}),
        ("Maduro rejected calls for talks from Washington.", {("Maduro", "United States")}),
        ("Maduro received calls for new elections from Brazil and Colombia.", set()),
        ("Maduro rejected calls for talks with Brazil and Colombia.", set()),
        ("Putin rejected calls for a withdrawal from Ukraine.", set()),
        ("Beijing rejected demands for an apology from Canberra.", set()),
    ],
)
def test_from_hung_on_what_is_called_for(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    """ "calls for talks from the UN": the parser hangs "from" on "talks"; the UN called."""
    found = {(s, t) for s, k, t in extracted_triples(extractor, text) if k == "REJECTED"}
    assert expected <= found
    assert bool(found) is bool(expected)
