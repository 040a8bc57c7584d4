"""A mediation's agent mediated between the parties of the settlement it produced
(model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "mediator"),
    [
        (
            "A mediation effort led by Qatar produced a truce between Armenia and Azerbaijan.",
            "Qatar",
        ),
        (
            "A mediation push led by Egypt, which had secured a ceasefire between Armenia and "
            "Azerbaijan in May, fell apart in June.",
            "Egypt",
        ),
        (
            "Mediation by Qatar yielded a prisoner swap deal between Armenia and Azerbaijan.",
            "Qatar",
        ),
    ],
)
def test_a_mediation_that_produced_a_settlement_mediated_its_parties(
    read: Reader, text: str, mediator: str
) -> None:
    found = triples(read(text))
    assert (mediator, "MEDIATED", "Armenia") in found
    assert (mediator, "MEDIATED", "Azerbaijan") in found


@pytest.mark.parametrize(
    "text",
    [
        "A mediation effort led by Qatar sought a truce between Armenia and Azerbaijan.",
        "Mediation by Qatar could secure a truce between Armenia and Azerbaijan.",
        "Mediation by Qatar did not produce a truce between Armenia and Azerbaijan.",
        "A mediation effort led by Qatar produced no truce between Armenia and Azerbaijan.",
    ],
)
def test_a_sought_possible_or_failed_settlement_mediates_nothing(read: Reader, text: str) -> None:
    assert not any(kind == "MEDIATED" for _, kind, _ in triples(read(text)))
