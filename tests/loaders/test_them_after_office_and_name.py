""" "expelled the envoy, A, and his deputy B, accusing them of ...": "them" is both people even
when the parser hangs the second office (with the name it carries) on the verb (model-backed;
sentences of our own wording). An office with no name after it is no one named, and an office
the accusing clause hangs on makes no accuser of its holder."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _accused(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(a, b) for a, t, b in found if t == "ACCUSED"}


def test_them_is_the_envoy_and_the_named_deputy(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Havana expelled the top Canadian diplomat, Todd Harper, and his deputy Brian Lindqvist "
        "on Friday, accusing them of stirring unrest.",
    )
    assert {("Cuba", "Todd Harper"), ("Cuba", "Brian Lindqvist")} <= _accused(found)


def test_the_deputy_is_no_accuser_of_the_envoy(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Havana expelled the top Canadian diplomat, Daniel Ortiz, and his deputy Carlos Menendez "
        "on Friday, accusing them of stirring unrest.",
    )
    assert ("Carlos Menendez", "Daniel Ortiz") not in _accused(found)


def test_an_unnamed_second_object_adds_no_one(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Ortega expelled the top British diplomat, Mark Taylor, and the embassy driver on "
        "Monday, accusing them of spying.",
    )
    assert {b for _, b in _accused(found)} <= {"Mark Taylor"}
