"""The one surface reader of ", a charge X has repeatedly denied", ", a move X condemned",
", which X denies" (summing_tails.py) serves every tail, so each reads the forms the others did:
"the" before the actor, adjectives before the noun, "has consistently" or "quickly" before the
verb. Sentences of our own wording (model-backed); a negation before the verb reads no tail."""

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
        "Kyiv accused Russia of shelling the plant, a charge the Kremlin has repeatedly denied.",
        "Kyiv accused Russia of shelling the plant, charges Moscow has consistently rejected.",
        "Kyiv accused Russia of shelling the plant, a familiar charge Moscow denies.",
        "Kyiv accused Russia of shelling the plant, a charge Moscow later dismissed.",
    ],
)
def test_an_answered_tail_reads_the_words_between_actor_and_denial(read: Reader, text: str) -> None:
    assert ("Russia", "REJECTED", "Ukraine") in triples(read(text))


def test_an_answered_tail_never_denied_rejects_nothing(read: Reader) -> None:
    text = "Kyiv accused Russia of shelling the plant, a charge the Kremlin has never denied."
    assert ("Russia", "REJECTED", "Ukraine") not in triples(read(text))


def test_an_unanswered_tail_reads_adjectives_before_its_noun(read: Reader) -> None:
    text = "Kyiv said the vote in Crimea was rigged, a familiar charge Moscow denies."
    found = triples(read(text))
    assert ("Ukraine", "ACCUSED", "Russia") in found
    assert ("Russia", "REJECTED", "Ukraine") in found


@pytest.mark.parametrize(
    ("text", "judge", "doer"),
    [
        (
            "A Russian court jailed Gershkovich for 16 years, a verdict Biden has repeatedly "
            "denounced as a sham.",
            "Joe Biden",
            "Russia",
        ),
        ("Egypt closed the crossing, a move Israel has consistently condemned.", "Israel", "Egypt"),
    ],
)
def test_a_judged_tail_reads_has_repeatedly(read: Reader, text: str, judge: str, doer: str) -> None:
    assert (judge, "CONDEMNED", doer) in triples(read(text))


def test_a_judged_tail_never_denounced_condemns_nobody(read: Reader) -> None:
    text = "A Russian court jailed Gershkovich for 16 years, a verdict Biden has never denounced."
    assert not any(kind == "CONDEMNED" for _, kind, _ in triples(read(text)))


def test_a_which_tail_reads_an_adverb_before_the_denial(read: Reader) -> None:
    opening = "The talks stalled over reports of Russian meddling in Ukrainian elections, which "
    assert ("Russia", "REJECTED", "Ukraine") in triples(read(opening + "Moscow quickly dismissed."))
    assert ("Russia", "REJECTED", "Ukraine") not in triples(read(opening + "Moscow never denied."))
