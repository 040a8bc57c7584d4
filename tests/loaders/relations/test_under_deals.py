"""An act done "under a deal with Y" shows a deal between its doer and Y, on sentences of our
own wording (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _signed(text: str, read: Reader) -> set[frozenset[str]]:
    return {
        frozenset((s, t)) for s, kind, t in triples(read(text)) if kind == "SIGNED_AGREEMENT_WITH"
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran freed the two sailors under a deal with Washington.", ("Iran", "United States")),
        ("Under an agreement with Egypt, Israel reopened the crossing.", ("Israel", "Egypt")),
        (
            "Uganda will take in the migrants under a pact with Washington.",
            ("Uganda", "United States"),
        ),
        ("Ethiopia handed over the prisoners through an accord with Egypt.", ("Ethiopia", "Egypt")),
    ],
)
def test_the_doer_of_an_act_under_a_deal_has_a_deal_with_its_partner(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in _signed(text, read)


@pytest.mark.parametrize(
    "text",
    [
        "Russia wants a deal with Ukraine.",
        "Qatar is pushing for a deal with Iran.",
        "Iran would free the sailors under a deal with Washington, if one were reached.",
        "Iran refused to free the sailors under a deal with Washington.",
        "Egypt and Israel discussed the crossing in talks on a deal with Hamas.",
    ],
)
def test_a_deal_sought_or_an_act_not_done_shows_no_deal(read: Reader, text: str) -> None:
    found = _signed(text, read)
    assert frozenset(("Iran", "United States")) not in found
    assert frozenset(("Russia", "Ukraine")) not in found
    assert frozenset(("Qatar", "Iran")) not in found
    assert frozenset(("Egypt", "Israel")) not in found
