"""URGED readings that name no urging by their subject: a phrasal "call" ("called off the
strikes on Iran"), a vote or draft that itself demands ("abstained in a vote demanding that X
withdraw"), and a member list that belongs to another noun of the sentence ("ordered his
troops to drill, citing remarks by Western leaders, including A and B"). Sentences of our own
wording; the plain urging beside each must stay (ANNOTATION.md)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Biden said on Friday that he had called off military strikes on Iran minutes before "
            "they were due to begin.",
            ("Biden", "Iran"),
        ),
        (
            "Brazil abstained in a U.N. General Assembly vote last week demanding that Russia "
            "pull its troops out of Ukraine.",
            ("Brazil", "Russia"),
        ),
        (
            "Putin ordered his troops to stage exercises near the border, which the Kremlin "
            "called an answer to hostile remarks by Western leaders, including Macron and Biden.",
            ("Putin", "Macron"),
        ),
    ],
)
def test_no_urging_from_a_phrasal_call_a_vote_or_another_list(
    extractor: Extractor, text: str, absent: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    assert (absent[0], "URGED", absent[1]) not in found


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Biden called on Iran on Monday to free the detained sailors.", ("Biden", "Iran")),
        (
            "The U.N. Security Council adopted a resolution on Friday demanding that Russia "
            "pull its troops out of Ukraine.",
            ("UN Security Council", "Russia"),
        ),
        (
            "Brazil voted for the text and urged Russia to pull its troops out of Ukraine.",
            ("Brazil", "Russia"),
        ),
    ],
)
def test_the_urging_beside_them_stays(
    extractor: Extractor, text: str, present: tuple[str, str]
) -> None:
    found = extracted_triples(extractor, text)
    assert (present[0], "URGED", present[1]) in found
