"""An arrest made "in an operation by" someone is that someone's, not the place's: the place
names where foreign agents struck (operation_agents). Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _detained(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in found if kind == "DETAINED"}


def test_the_operation_doer_arrests_not_the_place(extractor: Extractor) -> None:
    found = _detained(
        extracted_triples(
            extractor,
            "Pavel Ivanov was arrested in Panama in 2012 in a sting operation by U.S. drug "
            "agents and flown to New York.",
        )
    )
    assert ("United States", "Pavel Ivanov") in found
    assert ("Panama", "Pavel Ivanov") not in found


def test_an_operation_with_no_doer_keeps_the_place(extractor: Extractor) -> None:
    found = _detained(
        extracted_triples(
            extractor, "Pavel Ivanov was arrested in Panama in 2012 during a police operation."
        )
    )
    assert ("Panama", "Pavel Ivanov") in found
