"""What reading a description of a body as that body must not change or expose: "the court's
jurisdiction" still names the court whose claim is rejected; "X must be able to act" grants X
leave and urges nobody; "evidence that X armed Y" is a finding the text reports, not a fact.
Sentences of our own wording, read through the whole extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the owner read as the court by the actor stage: still the court's claim
            "The International Criminal Court opened an inquiry into the raids. Belgrade rejects "
            "the court's jurisdiction over its officers.",
            ("Serbia", "REJECTED", "International Criminal Court"),
        ),
        (
            "The European Court of Human Rights ruled against Ankara in March. Turkey dismissed "
            "the court's decision as political.",
            ("Turkey", "REJECTED", "European Court of Human Rights"),
        ),
        (  # an obligation proper still urges its subject
            "Canada said the World Health Organization must investigate the outbreak.",
            ("Canada", "URGED", "World Health Organization"),
        ),
        (  # a plain statement of arms supplied stays a fact
            "Uganda supplied M23 with weapons last year.",
            ("Uganda", "SUPPORTED", "M23"),
        ),
    ],
)
def test_the_reading_still_holds(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # the court read by description: a second court makes it no longer "the one"
            "The International Criminal Court and the International Court of Justice met in "
            "The Hague. Belgrade rejects the court's jurisdiction.",
            {("Serbia", "REJECTED", "International Criminal Court")},
        ),
        (  # leave granted, nobody urged
            "The International Criminal Court opened an inquiry. Italy said the court must be "
            "able to work without pressure.",
            {("Italy", "URGED", "International Criminal Court")},
        ),
        (
            "Canada said the World Health Organization must be free to investigate the outbreak.",
            {("Canada", "URGED", "World Health Organization")},
        ),
        (
            "Brazil said Venezuela should be allowed to rejoin the bloc.",
            {("Brazil", "URGED", "Venezuela")},
        ),
        (  # what evidence is said to show is the finding's, not the text's
            "M23, a rebel group, took the town. U.N. investigators found evidence that Uganda "
            "had supplied the rebels with arms.",
            {("Uganda", "SUPPORTED", "M23")},
        ),
        (
            "A report by a U.N. panel said there was evidence that Uganda supplied M23 with "
            "weapons.",
            {("Uganda", "SUPPORTED", "M23")},
        ),
    ],
)
def test_the_reading_does_not_overreach(
    extractor: Extractor, text: str, unwanted: set[tuple[str, str, str]]
) -> None:
    assert not unwanted & extracted_triples(extractor, text)
