"""Three readings of URGED and REJECTED (ANNOTATION.md): a bare "both" after a finite urging
verb that the parser hangs on the infinitive ("phoned A and B and urged both to ..."); an
urging joined to a reported clause under a modal ("said X should be punished and called on Y
to ..."), which cannot share the modal and so is the speaker's own act; and "rebuffed" with a
person or state for object, who is the one whose approach was turned away. Sentences of our own
wording; hopes, negations and conditions give nothing."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "urger", "targets"),
    [
        (
            "Macron phoned Scholz and Meloni on Friday and urged both to back the budget plan.",
            "Macron",
            ("Scholz", "Meloni"),
        ),
    ],
)
def test_a_bare_both_after_a_finite_urging_verb_is_the_pair_named(
    extractor: Extractor, text: str, urger: str, targets: tuple[str, ...]
) -> None:
    urged = {(s, t) for s, k, t in extracted_triples(extractor, text) if k == "URGED"}
    assert {(urger, t) for t in targets} <= urged


@pytest.mark.parametrize(
    ("text", "urger", "target"),
    [
        (
            "Keir Starmer said Iran must be held to account and called on Russia to stop "
            "shielding it.",
            "Keir Starmer",
            "Russia",
        ),
        (
            "Olaf Scholz said Kosovo should be sanctioned and urged Serbia to show restraint.",
            "Olaf Scholz",
            "Serbia",
        ),
    ],
)
def test_an_urging_after_a_clause_under_a_modal_is_the_speakers(
    extractor: Extractor, text: str, urger: str, target: str
) -> None:
    urged = {(s, t) for s, k, t in extracted_triples(extractor, text) if k == "URGED"}
    assert (urger, target) in urged


@pytest.mark.parametrize(
    ("text", "rejecter", "target"),
    [
        (
            "Scholz proposed a summit on Monday, but Xi Jinping rebuffed him.",
            "Xi Jinping",
            "Scholz",
        ),
        ("Tokyo rebuffed Beijing over the disputed islands on Tuesday.", "Japan", "China"),
    ],
)
def test_the_one_rebuffed_is_rejected(
    extractor: Extractor, text: str, rejecter: str, target: str
) -> None:
    found = extracted_triples(extractor, text)
    assert (rejecter, "REJECTED", target) in found


@pytest.mark.parametrize(
    "text",
    [
        "Macron phoned Scholz and Meloni on Friday, hoping both would back the budget plan.",
        "Macron phoned Scholz and Meloni on Friday but did not urge both to back the plan.",
        "Keir Starmer said Iran must be held to account and did not call on Russia to act.",
        "Xi Jinping did not rebuff Scholz on Monday.",
        "Xi Jinping could rebuff Scholz if the summit is proposed.",
    ],
)
def test_no_urging_or_rejection_from_a_hope_a_negation_or_a_condition(
    extractor: Extractor, text: str
) -> None:
    found = extracted_triples(extractor, text)
    assert not any(kind in ("URGED", "REJECTED") for _, kind, _ in found)
