"""A pejorative label that names its bearer by a demonym ("called it Israeli barbarism",
"described the raid as Russian state terrorism") condemns that state when the article has it
as an actor (label_demonyms.py); a demonym in a label of no reproach condemns nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Russia has shelled the port for a week. Foreign Minister Andrii Sybiha called the "
        "latest barrage Russian barbarism.",
        "Russia has shelled the port for a week. Ukraine condemned the barrage, with Foreign "
        "Minister Andrii Sybiha describing it as Russian state terrorism.",
        "Russia has shelled the port for a week. Foreign Minister Andrii Sybiha described the "
        "barrage as Russian terrorism.",
    ],
)
def test_a_demonym_in_a_pejorative_label_names_the_condemned(
    extractor: Extractor, text: str
) -> None:
    assert ("Andrii Sybiha", "CONDEMNED", "Russia") in extracted_triples(extractor, text)


def test_a_demonym_in_a_label_of_no_reproach_condemns_nobody(extractor: Extractor) -> None:
    text = (
        "Russia has shelled the port for a week. Foreign Minister Andrii Sybiha described the "
        "lull as a Russian pause."
    )
    assert ("Andrii Sybiha", "CONDEMNED", "Russia") not in extracted_triples(extractor, text)
