""" "A held talks with B, and the two governments signed ...": the group after a meeting clause is
its two sides, the one met named on the talks noun (model-backed, our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_the_two_governments_after_talks_with_someone_are_both_states(read: Reader) -> None:
    found = triples(
        read("Putin held talks with Kim in Vladivostok, and the two governments signed a pact.")
    )
    assert ("Russia", "SIGNED_AGREEMENT_WITH", "North Korea") in found or (
        "North Korea",
        "SIGNED_AGREEMENT_WITH",
        "Russia",
    ) in found


def test_talks_about_someone_leave_the_two_governments_unknown(read: Reader) -> None:
    found = triples(
        read("Putin held talks on Ukraine in Moscow, and the two governments signed a pact.")
    )
    assert not any(kind == "SIGNED_AGREEMENT_WITH" for _, kind, _ in found)
