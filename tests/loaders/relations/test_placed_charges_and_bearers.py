"""Two readings of ACCUSED: a charge with no named doer is the state's where it was brought
("was charged in Belarus"), as an arrest is; and a saying that another "bore responsibility"
when the tagger left "bore" a verb hung as a compound on the noun ("said Moscow bore
responsibility for the blasts"). Our own sentences, read by the whole extractor, negatives
beside the positives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

MAREK, VOLKOV = "Ales Marek", "Dmitry Volkov"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ales Marek and Dmitry Volkov, two engineers from Warsaw, were charged in Belarus "
         "with espionage.", ("Belarus", "ACCUSED", VOLKOV)),
        ("Ales Marek, a lecturer from Vienna, was charged in Russia on spying charges last "
         "year.", ("Russia", "ACCUSED", MAREK)),
        ("Poland's foreign ministry said Belarus bore responsibility for the fires at the "
         "border.", ("Poland", "ACCUSED", "Belarus")),
    ],
)  # fmt: skip
def test_accusation_read(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a charge not laid
        ("Ales Marek, a lecturer from Vienna, was never charged in Russia.",
         ("Russia", "ACCUSED", MAREK)),
        # a denied burden
        ("Poland's foreign ministry said Belarus bore no responsibility for the fires at the "
         "border.", ("Poland", "ACCUSED", "Belarus")),
        # the charge is the named prosecutor's, not the place's
        ("Ales Marek was charged by Lithuania in Berlin with spying.",
         ("Germany", "ACCUSED", MAREK)),
    ],
)  # fmt: skip
def test_no_accusation(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in extracted_triples(extractor, text)


def test_responsibility_for_a_task_is_no_blame(extractor: Extractor) -> None:
    text = "Poland's foreign ministry said Belarus bore responsibility for ending the dispute."
    assert ("Poland", "ACCUSED", "Belarus") not in extracted_triples(extractor, text)
