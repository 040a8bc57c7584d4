"""Refusals that reject whoever made a claim, took a step or asked: not accepting or recognising
it (unaccepted.py), declining a request (the "decline" frame), refusing entry or access
(refused_access.py), and denying what was just said (disputed_sayings.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "rejection"),
    [
        (
            "Japan placed export controls on South Korea. Seoul said it did not recognise "
            "the move.",
            ("South Korea", "REJECTED", "Japan"),
        ),
        (
            "Canada said it would never accept Beijing's claim to the disputed reefs.",
            ("Canada", "REJECTED", "China"),
        ),
        (
            "Oslo has so far declined Stockholm's repeated requests for air defence systems.",
            ("Norway", "REJECTED", "Sweden"),
        ),
        (
            "Tehran has for weeks refused IAEA inspectors entry to the enrichment plant.",
            ("Iran", "REJECTED", "IAEA"),
        ),
        (
            "Washington said the embargo had lapsed. Britain and France rejected that argument "
            "on Monday.",
            ("France", "REJECTED", "United States"),
        ),
        (
            "Lithuania said Belarusian balloons had crossed its border. Minsk has denied that "
            "the balloons came from Belarus.",
            ("Belarus", "REJECTED", "Lithuania"),
        ),
    ],
)
def test_a_refusal_rejects_the_claimant(
    extractor: Extractor, text: str, rejection: tuple[str, str, str]
) -> None:
    assert rejection in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a standing refusal of statehood is no rejection of a proposal (ANNOTATION traps)
        "Serbia does not recognise Kosovo's independence.",
        # a power whose holder did nothing to the refuser: no answer to anything
        "The court issued a warrant for Putin, but Washington does not recognise the court's "
        "jurisdiction.",
        # silence and questions
        "The Kremlin declined to comment on the report.",
        "Did Hungary recognise the EU's decision?",
        # refusing visas is an entry ban, not an answer to a request
        "Washington would deny visas to settlers from Israel.",
        # the denier's own side said it
        "The Kremlin said the talks had collapsed. Putin denied that the talks were over.",
    ],
)
def test_no_rejection_without_a_claim_of_another(extractor: Extractor, text: str) -> None:
    assert not {t for t in extracted_triples(extractor, text) if t[1] == "REJECTED"}
