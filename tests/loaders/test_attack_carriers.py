"""Armed acts whose doer is told around the act noun (model-backed, sentences of our own
wording): fighters named by who leads them ("Hezbollah-led militants raided"), an offensive
pressed on or waged with a modifier the tagger reads as an adjective ("a ground offensive"),
and a list closed by "both", which names nobody beyond the list."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The fighting started when Hezbollah-led militants raided northern Israel last spring.",
            ("Hezbollah", "ATTACKED", "Israel"),
        ),
        (
            "Turkey has pressed its offensive against the PKK in the mountains for a month.",
            ("Turkey", "ATTACKED", "PKK"),
        ),
        (
            "Since March, Israel has waged a ground offensive against Hezbollah near the border.",
            ("Israel", "ATTACKED", "Hezbollah"),
        ),
        (
            "Israel's air and ground offensive against Hamas went on through the winter.",
            ("Israel", "ATTACKED", "Hamas"),
        ),
    ],
)
def test_armed_acts_told_around_the_noun(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Ukraine pushed back a Russian assault on Kharkiv overnight, officials said.",
            ("Ukraine", "ATTACKED", "Russia"),
        ),
        (
            "France pressed for an offensive against the rebels in Mali, diplomats said.",
            ("France", "ATTACKED", "Mali"),
        ),
        (
            "Egypt called the remarks offensive to Palestinians and summoned the envoy.",
            ("Egypt", "ATTACKED", "Palestine"),
        ),
    ],
)
def test_repelled_asked_for_and_adjectival_are_no_attack(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)


def test_both_closing_a_list_names_no_one_else(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "French President Emmanuel Macron, who was in India on a three-day visit and had held "
        "talks with Narendra Modi on Monday, also denounced the bombing. India and Pakistan "
        "both say the valley is theirs, and have fought two of their three wars over it.",
    )
    attackers = {a for a, t, _ in found if t == "ATTACKED"}
    assert "India" in attackers
    assert not attackers & {"Emmanuel Macron", "Narendra Modi"}
