"""A description named by "identified (only) as X" stands for X (full extractor, sentences of
our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.conftest import extracted_triples

if TYPE_CHECKING:
    from loaders.pipeline import Extractor

pytestmark = pytest.mark.model


def test_the_identified_name_is_the_one_arrested(extractor: Extractor) -> None:
    text = (
        "Austrian police on Monday arrested a clerk of the interior ministry, identified only "
        "as Klaus M., on suspicion of spying for Russia."
    )
    found = extracted_triples(extractor, text)
    assert ("Austria", "DETAINED", "Klaus M.") in found


def test_a_description_without_the_participle_names_nobody(extractor: Extractor) -> None:
    text = (
        "Austrian police on Monday arrested a clerk of the interior ministry on suspicion of "
        "spying, and Klaus M. said he would hire a lawyer."
    )
    found = extracted_triples(extractor, text)
    assert ("Austria", "DETAINED", "Klaus M.") not in found
