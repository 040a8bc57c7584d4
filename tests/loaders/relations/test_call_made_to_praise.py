"""A call made to say something says it: "phoned X on Friday to praise him" is praise, whatever
date the call carries ("on Friday" is no "called on X to ..."), and "spoke to X to express
support" is support voiced. An urging ("called on X to ...") and a wish stay silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric phoned Argentine President Javier Milei on Friday to "
        "praise him for the rescue effort.",
        "Chilean President Gabriel Boric spoke to Argentine President Javier Milei on Friday "
        "to express support for him after the floods.",
        "Chilean President Gabriel Boric telephoned Argentine President Javier Milei on "
        "Friday to thank him for the rescue teams.",
    ],
)
def test_call_made_to_praise(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("Gabriel Boric", "SUPPORTED", "Javier Milei") in found


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric called on Argentine President Javier Milei on Friday "
        "to express support for the flood victims.",
        "Chilean President Gabriel Boric wants to speak to Argentine President Javier Milei to "
        "praise him.",
        "Chilean President Gabriel Boric spoke to Argentine President Javier Milei on Friday "
        "to discuss support for the flood victims.",
    ],
)
def test_no_praise_without_the_call_saying_it(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert ("Gabriel Boric", "SUPPORTED", "Javier Milei") not in found
