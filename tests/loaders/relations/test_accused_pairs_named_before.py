"""A plural noun whose apposition lists two people stands for each of them, even when a
hyphenated name breaks the parse of the list (ActorIndex._appos_list), on sentences of our own
wording (model-backed)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_two_ministers_listed_with_a_hyphenated_name_are_both_accused(
    extractor: Extractor,
) -> None:
    # the parser hangs "Itamar Ben-Gvir" inside the second name's phrase, and "ministers"
    # alone reads as a title of one of them
    found = extracted_triples(
        extractor,
        "Canada and Japan imposed sanctions on Friday on two senior ministers, "
        "Itamar Ben-Gvir and Sergey Lavrov, accusing them of stoking the war.",
    )
    accused = {(s, t) for s, kind, t in found if kind == "ACCUSED"}
    assert ("Canada", "Itamar Ben-Gvir") in accused, found
    assert ("Japan", "Sergey Lavrov") in accused, found


def test_a_plural_noun_with_one_name_stays_that_name(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Spain imposed sanctions on two Israeli ministers, among them Avi Bar-Lev of Jerusalem, "
        "accusing them of stirring up settler attacks.",
    )
    assert not any(kind == "ACCUSED" and t == "Jerusalem" for _, kind, t in found), found
