"""Orders to act, and meetings, mediation, signing and supply the parse hides (model-backed),
on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "NATO on Monday ordered Iran to halt all drone deliveries.",
        "NATO had ordered Tehran to refrain from any action in the strait.",
        "NATO instructed Iran to open its sites to inspectors.",
    ],
)
def test_an_order_to_act_urges(read: Reader, text: str) -> None:
    assert ("NATO", "URGED", "Iran") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "NATO did not order Iran to halt the deliveries.",
        "NATO may order Iran to halt the deliveries.",
        "NATO ordered Iran's envoy to leave the country.",
        "Putin ordered Russian troops to advance.",
    ],
)
def test_no_order_or_an_expulsion_or_ones_own_is_no_urging(read: Reader, text: str) -> None:
    found = triples(read(text))
    assert not {t for t in found if t[1] == "URGED"}


def test_an_order_to_leave_stays_an_expulsion(read: Reader) -> None:
    found = triples(read("Egypt ordered Iran's ambassador to leave within 48 hours."))
    assert ("Egypt", "EXPELLED", "Iran") in found
    assert ("Egypt", "URGED", "Iran") not in found
