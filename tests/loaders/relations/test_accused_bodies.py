"""Accusations at the body the text names, not its state, and by whoever files charging papers:
"accused Russia's FSB security service of ...", "blamed it on Russian military intelligence",
"unsealed an indictment charging X with ...". Our own sentences, read by the whole extractor,
negatives beside the positives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("WASHINGTON - The United States on Friday accused Russia's FSB security service of "
         "poisoning an exiled journalist.", ("United States", "ACCUSED", "FSB")),
        ("OSLO - Norway expelled three Russian diplomats and accused Russian military "
         "intelligence of sabotaging a rail line.", ("Norway", "ACCUSED", "GRU")),
        ("WASHINGTON - The Justice Department on Monday unsealed an indictment charging a "
         "Chinese engineer, Zhang Wenbo, with stealing trade secrets.",
         ("Justice Department", "ACCUSED", "Zhang Wenbo")),
    ],
)  # fmt: skip
def test_accused_named_body_or_charging_filer(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("WASHINGTON - The United States on Friday accused Russia's FSB security service of "
         "poisoning an exiled journalist.", ("United States", "ACCUSED", "Russia")),
        ("OSLO - Norway expelled three Russian diplomats and accused Russian military "
         "intelligence of sabotaging a rail line.", ("Norway", "ACCUSED", "Russia")),
        ("WASHINGTON - A senator on Monday read an indictment charging a Chinese engineer, "
         "Zhang Wenbo, with stealing trade secrets.", ("United States", "ACCUSED", "Zhang Wenbo")),
    ],
)  # fmt: skip
def test_not_the_state_nor_a_reader(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)
