""" "Among those freed were A and B" after a story names a group and who held it: the parser reads
"freed" as a noun, so the freer is the one who held the group. Our own sentences, read by the
whole extractor, a negative beside the positives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

LEAD = "Kyiv secured the release of 140 soldiers held by Russia on Friday, officials said."


@pytest.mark.parametrize(
    "triple",
    [
        ("Russia", "RELEASED", "Serhiy Hrytsenko"),
        ("Russia", "DETAINED", "Serhiy Hrytsenko"),
    ],
)
def test_those_freed_are_freed_by_their_holder(
    extractor: Extractor, triple: tuple[str, str, str]
) -> None:
    text = f"{LEAD} Among those freed were marine officer Serhiy Hrytsenko and medic Olha Bilyk."
    assert triple in extracted_triples(extractor, text)


def test_no_holder_named_gives_no_freer(extractor: Extractor) -> None:
    text = (
        "Kyiv welcomed the return of 140 soldiers on Friday. Among those freed were marine "
        "officer Serhiy Hrytsenko and medic Olha Bilyk."
    )
    triples = extracted_triples(extractor, text)
    assert not any(t[1] == "RELEASED" for t in triples)
