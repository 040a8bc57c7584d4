"""Ties opened under a named deal show a deal between the states that opened them, on sentences
of our own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _signed(text: str, read: Reader) -> set[frozenset[str]]:
    """Signing is symmetric: the pairs in either order."""
    return {frozenset(pair) for pair in pairs(read(text), "SIGNED_AGREEMENT_WITH")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Egypt established diplomatic relations with Israel in 2020 under the Abraham Accords.",
            ("Egypt", "Israel"),
        ),
        (
            "Uganda and Ethiopia normalised relations with Qatar in 2019 in agreements signed "
            "in Cairo.",
            ("Ethiopia", "Qatar"),
        ),
        (
            "Beijing brokered a pact under which Armenia and Azerbaijan restored diplomatic ties "
            "after a long rift.",
            ("Armenia", "Azerbaijan"),
        ),
    ],
)
def test_states_opening_ties_under_a_deal_have_a_deal(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in _signed(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Washington is pressing Egypt to establish diplomatic ties with Israel under the accords.",
        "Qatar was not ready to join the accords and establish relations with Israel.",
        "Armenia and Azerbaijan restored diplomatic relations with Iran after a long dispute.",
    ],
)
def test_ties_sought_or_opened_without_a_deal_are_no_deal(read: Reader, text: str) -> None:
    assert not _signed(text, read)
