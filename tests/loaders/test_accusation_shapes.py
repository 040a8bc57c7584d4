"""Accusations in shapes the trigger lexicon alone misses (model-backed, sentences of our own
wording): a plural demonym description of the people just listed ("the Serbian leaders"), a
finding told in a report, a suspicion told by a spokesman, a part in a plot, and nameless
people said to be some body's officers."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_plural_demonym_description_is_the_people_listed(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The ICC issued warrants on Monday for Aleksandar Vucic, his interior minister "
        "Ivica Dacic and rebel commander Nikola Kovac, accusing the Serbian leaders of fraud.",
    )
    targets = {b for _, t, b in found if t == "ACCUSED"}
    assert {"Aleksandar Vucic", "Ivica Dacic"} <= targets
    assert "Nikola Kovac" not in targets and "Serbia" not in targets


def test_plural_demonym_without_a_list_stays_the_state(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Croatia accused the Serbian leaders of stoking tension along the border on Monday.",
    )
    assert ("Croatia", "ACCUSED", "Serbia") in found


def test_finding_told_in_a_report_accuses(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Special prosecutor Lena Holm concluded in a report released in April that Iran "
        "meddled in the 2020 vote.",
    )
    assert any(t == "ACCUSED" and b == "Iran" for _, t, b in found)


def test_report_without_a_that_clause_accuses_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Special prosecutor Lena Holm concluded in a report that Iran published in May that "
        "the pipeline was safe.",
    )
    assert not any(t == "ACCUSED" for _, t, _ in found)


def test_suspicion_told_by_a_spokesman_accuses(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Businessman Peter Lindqvist is suspected of passing military secrets to a foreign "
        "agency, Russian foreign ministry spokeswoman Maria Zakharova told reporters.",
    )
    assert ("Maria Zakharova", "ACCUSED", "Peter Lindqvist") in found


def test_denied_suspicion_accuses_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Maria Zakharova said Peter Lindqvist was not suspected of any crime.",
    )
    assert not any(t == "ACCUSED" for _, t, _ in found)


def test_part_in_a_plot_told_accuses(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Daniel Ortega said the envoy Paul Hartley had been involved in a plot to topple him.",
    )
    assert ("Daniel Ortega", "ACCUSED", "Paul Hartley") in found


def test_part_in_talks_accuses_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Daniel Ortega said the envoy Paul Hartley had been involved in the talks.",
    )
    assert not any(t == "ACCUSED" for _, t, _ in found)


def test_men_said_to_be_officers_of_a_body(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The Netherlands charged three men it says are officers of the FSB with hacking.",
    )
    assert any(t == "ACCUSED" and b == "FSB" for _, t, b in found)


def test_men_said_not_to_be_officers_reach_no_body(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "The Netherlands charged three men it says are not officers of the FSB with hacking.",
    )
    assert not any(b == "FSB" for _, _, b in found)
