"""A long title posted to a body and ending in a name ("Ambassador to the United Nations Anna
Berg said ..."): the parser makes the capitalised title the subject and the name the object of
"to", and may fold the body's last word into the name. The name alone is who acted
(titled_subjects.py, names.py, surnames.py). Model-backed, sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_the_name_ending_a_title_posted_to_a_body_acts(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Ambassador to the United Nations Anna Berg said the talks had failed and accused "
        "Lavrov of lying.",
    )
    accusers = {a for a, t, _ in found if t == "ACCUSED"}
    assert accusers == {"Anna Berg"}, found


def test_the_body_tail_is_no_given_name(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "U.S. Ambassador to the United Nations Anna Berg rejected the claim by Lavrov."
    )
    assert ("Anna Berg", "REJECTED", "Lavrov") in found, found


def test_an_adviser_to_a_minister_is_not_the_minister(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "The adviser to Foreign Minister Lavrov accused Blinken of lying."
    )
    assert not any("Lavrov" in a for a, t, _ in found if t == "ACCUSED")
