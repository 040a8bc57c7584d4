"""An armed group acts through its members named by a group noun: "M23 rebels launched an
offensive", "Houthi insurgents seized a ship" (lexicon.GROUP_NOUNS). Sentences of our own
wording; rebels whom no group name marks stay nobody's."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_a_condemned_offensive_is_the_rebels_group_s(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "GOMA, Jan 27 - M23 rebels launched an offensive on the city of Goma on Monday. "
        "France condemned the offensive on Tuesday.",
    )
    assert ("France", "CONDEMNED", "M23") in found


def test_unnamed_rebels_give_no_doer(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "GOMA, Jan 27 - Rebels launched an offensive on the city of Goma on Monday. "
        "France condemned the offensive on Tuesday.",
    )
    assert not any(s == "France" and k == "CONDEMNED" for s, k, _ in found)
