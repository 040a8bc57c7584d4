"""States counted before they are named ("diplomats from seven countries ... from A, B, ...":
counted_states), and expulsions "from" a list read in a lede after its dateline (leave_orders
with the lede's own index; lede.py reads the sentence after a paragraph break along)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def _expelled(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, kind, t in extracted_triples(extractor, text) if kind == "EXPELLED"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia expelled diplomats from three Nordic countries on Friday. The envoys of "
            "Sweden, Norway and Denmark were given a week to leave.",
            {("Russia", "Sweden"), ("Russia", "Norway"), ("Russia", "Denmark")},
        ),
        (
            "CARACAS, Venezuela - Venezuela on Monday ordered diplomats from four countries to "
            "leave.\n\nThe foreign minister said staff from Argentina, Chile, Peru and Uruguay "
            "had 72 hours to go.",
            {("Venezuela", c) for c in ("Argentina", "Chile", "Peru", "Uruguay")},
        ),
        (
            "MOSCOW, Feb 5 (AP) - Russia expelled diplomats from Germany, Poland and Sweden on "
            "Friday, accusing them of joining protests.\n\nThe ministry did not name them.",
            {("Russia", "Germany"), ("Russia", "Poland"), ("Russia", "Sweden")},
        ),
    ],
)
def test_expelled_states_named_in_a_list(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _expelled(extractor, text) >= expected


@pytest.mark.parametrize(
    "text",
    [
        # a list of another length is not the three counted
        "Russia expelled diplomats from three Nordic countries on Friday. The envoys of Sweden "
        "and Norway were given a week to leave.",
        # states acting in their own clause are not the ones counted
        "Russia expelled diplomats from three countries on Friday. Sweden, Norway and Finland "
        "condemned the move.",
        # a definite count looks back, and nothing before names three states
        "Russia expelled diplomats from the three countries on Friday. Sweden, Norway and "
        "Finland protested.",
    ],
)
def test_no_counted_states_without_their_list(extractor: Extractor, text: str) -> None:
    assert not {t for _, t in _expelled(extractor, text)} & {"Sweden", "Norway", "Finland"}
