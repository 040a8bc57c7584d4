"""In a story of two states that each hold the other's people, a detention told with no doer of
one state's national is by the other state (full extractor, sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model

_SWAP = (
    "France released Ali Rezaei, an Iranian engineer held on a U.S. request, in exchange for "
    "Iran freeing Pierre Martin. "
)


def test_a_national_of_one_side_is_held_by_the_other(extractor: Extractor) -> None:
    text = _SWAP + "Claire Dubois, a French teacher arrested in 2021, was sentenced to six years."
    found = extracted_triples(extractor, text)
    assert ("Iran", "DETAINED", "Claire Dubois") in found
    assert ("France", "DETAINED", "Claire Dubois") not in found


def test_a_national_of_neither_side_has_no_holder(extractor: Extractor) -> None:
    text = _SWAP + "Hans Weber, a German cyclist arrested in 2021, was sentenced to six years."
    found = extracted_triples(extractor, text)
    assert not any(t == "Hans Weber" and k == "DETAINED" for _, k, t in found)


def test_a_dual_national_has_no_holder(extractor: Extractor) -> None:
    text = _SWAP + "Claire Dubois, a Franco-Iranian scholar arrested in 2021, remains in jail."
    found = extracted_triples(extractor, text)
    assert not any(t == "Claire Dubois" and k == "DETAINED" for _, k, t in found)
