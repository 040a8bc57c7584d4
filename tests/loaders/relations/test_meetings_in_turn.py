"""Meetings with several partners one at a time, "each" as the subject of a meeting, envoys
"called in", signatures put to one text, and a body's officer meeting its own members
(relations/talks_in_turn.py, signatories.py, lexicon.py, frames_apply.py, own_body.py).
Sentences of our own wording; the near misses stay silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Scholz, who also held talks with Chinese President Xi Jinping and Indian Prime "
            "Minister Narendra Modi, flies home on Sunday.",
            "Scholz",
        ),
    ],
)
def test_partners_met_in_turn_did_not_meet_each_other(
    extractor: Extractor, text: str, subject: str
) -> None:
    found = extracted_triples(extractor, text)
    assert met(found, subject, "Xi Jinping")
    assert met(found, subject, "Narendra Modi")
    assert not met(found, "Xi Jinping", "Narendra Modi")


@pytest.mark.parametrize(
    "text",
    [
        "Scholz held a meeting with Chinese President Xi Jinping and Indian Prime Minister "
        "Narendra Modi on Sunday.",
        "Scholz held trilateral talks with Chinese President Xi Jinping and Indian Prime "
        "Minister Narendra Modi on Sunday.",
    ],
)
def test_one_table_with_several_partners_still_pairs_them(extractor: Extractor, text: str) -> None:
    assert met(extracted_triples(extractor, text), "Xi Jinping", "Narendra Modi")


def test_each_of_the_subjects_met_the_object(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Kishida and Albanese flew to Jakarta, where each met Indonesian President Joko Widodo "
        "on Thursday.",
    )
    assert met(found, "Kishida", "Joko Widodo")
    assert met(found, "Albanese", "Joko Widodo")


def test_an_envoy_called_in_was_summoned(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Poland called in Russian Ambassador Sergei Andreev on Friday over the drone."
    )
    assert met(found, "Poland", "Sergei Andreev")


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan called in a speech for Putin to end the war.",
        "Erdogan called in Ankara for Putin to end the war.",
    ],
)
def test_calling_in_a_place_or_speech_meets_no_one(extractor: Extractor, text: str) -> None:
    assert not any(t[1] == "MET_WITH" for t in extracted_triples(extractor, text))


def test_three_names_put_to_one_agreement_sign_it_together(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Japanese Prime Minister Fumio Kishida, Indian Prime Minister Narendra Modi and "
        "Australian Prime Minister Anthony Albanese put their names to the agreement in Tokyo.",
    )
    pairs = {frozenset((s, t)) for s, r, t in found if r == "SIGNED_AGREEMENT_WITH"}
    assert frozenset(("Narendra Modi", "Anthony Albanese")) in pairs


def test_a_bodys_officer_does_not_meet_the_body(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "European Council President Charles Michel raised the issue with Erdogan at a meeting "
        "with EU leaders in Sofia.",
    )
    assert met(found, "Charles Michel", "Erdogan")
    assert not met(found, "Charles Michel", "European Union")
