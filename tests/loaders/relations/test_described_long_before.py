"""A person described once ("exiled cleric Omar Dursun") and spoken of again with the bare noun
many sentences later ("Ankara accuses the cleric"): the one person the article described so,
and nobody when the word also described someone else or someone unnamed. Our own sentences."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_FILLER = (
    "The court freed the pastor on Friday. Officials in Washington welcomed the ruling. "
    "Trade talks resumed in Ankara. Turkish officials met their American counterparts. "
)
_INTRO = "The pastor said he had never met exiled cleric Omar Dursun, who lives in Canada. "
_LATER = "Ankara accuses the cleric of plotting the coup attempt."
_ACCUSED = ("Turkey", "ACCUSED", "Omar Dursun")


def test_the_noun_stands_for_the_one_person_described_long_before(
    extractor: Extractor,
) -> None:
    assert _ACCUSED in extracted_triples(extractor, _INTRO + _FILLER + _LATER)


@pytest.mark.parametrize(
    "between",
    [
        # a second person described with the same word: two candidates, nobody
        "Another cleric, Ali Yilmaz, spoke to reporters in Izmir. ",
        # the word used for someone unnamed: "the cleric" may be that one
        "A senior cleric told reporters in Izmir the verdict was fair. ",
    ],
)
def test_no_one_when_the_word_fits_another(extractor: Extractor, between: str) -> None:
    triples = extracted_triples(extractor, _INTRO + between + _FILLER + _LATER)
    assert _ACCUSED not in triples
    assert ("Turkey", "ACCUSED", "Ali Yilmaz") not in triples
