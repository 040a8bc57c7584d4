"""Who talked to whom when one person speaks to several: "spoke to A and B" is two
conversations (calls, mostly), so A and B have not met; "met A and B in Nairobi" stays one
meeting of three. Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Ruto said he had spoken to Presidents Joe Biden and Xi Jinping on Sunday.",
        "Kenyan President William Ruto spoke with Joe Biden and Xi Jinping about the crisis.",
        "William Ruto talked to Joe Biden and Xi Jinping late on Friday.",
    ],
)
def test_speaking_to_two_is_two_conversations(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert met(found, "Joe Biden", "Xi Jinping") is False
    assert any(met(found, ruto, "Joe Biden") for ruto in ("Ruto", "William Ruto"))
    assert any(met(found, ruto, "Xi Jinping") for ruto in ("Ruto", "William Ruto"))


def test_meeting_two_in_one_place_is_one_meeting(extractor: Extractor) -> None:
    found = extracted_triples(extractor, "William Ruto met Joe Biden and Xi Jinping in Nairobi.")
    assert met(found, "Joe Biden", "Xi Jinping")


@pytest.mark.parametrize(
    "text",
    [
        "William Ruto refused to talk to Joe Biden.",
        "William Ruto talked to reporters about Joe Biden.",
        "William Ruto never talked to Joe Biden.",
    ],
)
def test_no_conversation_refused_or_about_someone(extractor: Extractor, text: str) -> None:
    assert not extracted_triples(extractor, text)
