"""Constructions that take back what a trigger seems to say: guests named as examples of a crowd,
support that is only a vote, the content of an accusation, plans that never happened or have no
date. Each filter beside the positives it must keep (sentences of our own wording)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _types(found: set[tuple[str, str, str]], kind: str) -> set[tuple[str, str]]:
    return {(s, t) for s, k, t in found if k == kind}


def _met(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "MET_WITH", b) in found or (b, "MET_WITH", a) in found


def test_guests_named_as_examples_met_the_host_not_each_other(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "In Kyiv, Zelensky hosted a dozen leaders, including German Chancellor Olaf Scholz, "
        "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni.",
    )
    assert _met(found, "Zelensky", "Olaf Scholz") and _met(found, "Zelensky", "Giorgia Meloni")
    assert not _met(found, "Olaf Scholz", "Emmanuel Macron")
    assert not _met(found, "Emmanuel Macron", "Giorgia Meloni")


@pytest.mark.parametrize(
    "text",
    [
        "Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk "
        "Yeol at Camp David on Friday.",
        "Xi met German Chancellor Olaf Scholz and French President Emmanuel Macron in Beijing.",
    ],
)
def test_a_pair_hosted_together_still_met(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    pairs = {frozenset((s, t)) for s, k, t in found if k == "MET_WITH"}
    assert len(pairs) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The United States sided with Russia in voting against the resolution.",
        "The United States sided with Russia on Monday in a vote on the resolution.",
        "China voted with Russia against the draft on Tuesday.",
    ],
)
def test_voting_the_same_way_is_no_support(extractor: Extractor, text: str) -> None:
    assert not _types(extracted_triples(extractor, text), "SUPPORTED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China has sided with Russia throughout the war, supplying drones and parts.",
            ("China", "Russia"),
        ),
        ("Hungary backed Russia's position at the summit.", ("Hungary", "Russia")),
        (
            "Rwanda's support for the M23 rebels has been documented by UN experts.",
            ("Rwanda", "M23"),
        ),
    ],
)
def test_support_outside_votes_and_accusations_holds(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _types(extracted_triples(extractor, text), "SUPPORTED")


def test_what_an_accusation_says_is_not_adopted(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The United States sanctioned James Kabarebe, accusing him of being central to Rwanda's "
        "support for the M23 rebels.",
    )
    assert ("United States", "ACCUSED", "James Kabarebe") in found
    assert not _types(found, "SUPPORTED")


@pytest.mark.parametrize(
    "text",
    [
        "A planned visit to Kyiv by a NATO delegation on Thursday did not take place.",
        "The scheduled meeting between Blinken and Lavrov never took place.",
        "Biden's planned trip to Israel did not go ahead after the blast.",
        "The planned talks between Blinken and Lavrov failed to take place.",
        "Trump told reporters he would be meeting Taliban leaders in the not too distant "
        "future, without giving a date.",
        "Putin said he would visit North Korea at some point, but no date has been set.",
        "Erdogan said he would eventually travel to Russia to see Putin.",
    ],
)
def test_a_plan_that_never_happened_or_has_no_date_is_no_plan(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not _types(found, "VISITED") and not _types(found, "MET_WITH")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Blinken will meet Lavrov in Geneva on Friday.", "MET_WITH"),
        ("The meeting between Blinken and Lavrov took place in Geneva.", "MET_WITH"),
        ("Putin will visit North Korea next week, the Kremlin said.", "VISITED"),
        ("Biden said he would meet Xi soon.", "MET_WITH"),
    ],
)
def test_plans_and_meetings_that_happen_are_kept(
    extractor: Extractor, text: str, kind: str
) -> None:
    assert _types(extracted_triples(extractor, text), kind)
