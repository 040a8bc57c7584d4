"""A truce named by the war it ended is a deal between the war's sides, on sentences of our own
wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _signed(text: str, read: Reader) -> set[frozenset[str]]:
    found = triples(read(text))
    return {frozenset((s, t)) for s, kind, t in found if kind == "SIGNED_AGREEMENT_WITH"}


@pytest.mark.parametrize(
    "text",
    [
        "Prisoners were freed under a ceasefire that has halted the war between Armenia and "
        "Azerbaijan.",
        "The truce ending the fighting between Armenia and Azerbaijan held overnight.",
        "A pact that ended hostilities between Armenia and Azerbaijan took effect in May.",
    ],
)
def test_a_truce_that_ended_a_war_was_agreed_by_its_sides(read: Reader, text: str) -> None:
    assert frozenset(("Armenia", "Azerbaijan")) in _signed(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Mediators are pushing for a deal that could end the war between Armenia and Azerbaijan.",
        "A ceasefire meant to end the war between Armenia and Azerbaijan collapsed.",
        "No truce has halted the fighting between Armenia and Azerbaijan.",
        "Qatar wants a deal that would stop the fighting between Armenia and Azerbaijan.",
    ],
)
def test_a_truce_sought_or_denied_was_agreed_by_nobody(read: Reader, text: str) -> None:
    assert frozenset(("Armenia", "Azerbaijan")) not in _signed(text, read)
