"""A call's partner named with "with" after its line ("spoke by telephone with X"), where the
parser may hang the "with" on the line noun rather than on the verb. Sentences of our own
wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "caller", "partner"),
    [
        (
            "Dutch Prime Minister Pieter de Vries spoke by telephone with Russian President"
            " Vladimir Putin hours before the talks were announced.",
            "Pieter de Vries",
            "Vladimir Putin",
        ),
        (
            "Kenyan President William Ruto spoke by video link with Joe Biden before the vote.",
            "William Ruto",
            "Joe Biden",
        ),
    ],
)
def test_partner_hung_on_the_line_is_met(
    extractor: Extractor, text: str, caller: str, partner: str
) -> None:
    assert met(extracted_triples(extractor, text), caller, partner)


def test_a_line_with_no_partner_names_no_meeting(extractor: Extractor) -> None:
    text = (
        "Kenyan President William Ruto spoke by video link with his ministers about"
        " Joe Biden's planned visit."
    )
    assert met(extracted_triples(extractor, text), "William Ruto", "Joe Biden") is False
