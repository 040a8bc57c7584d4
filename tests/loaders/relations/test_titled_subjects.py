"""A long title ending in a name as the subject ("envoy for Syria Tom Keller met ..."), on our
own sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def _met(read: Reader, text: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s, kind, t in triples(read(text)) if kind == "MET_WITH"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Just hours before the vote, U.S. special envoy for the Horn of Africa Tom Keller "
            "had met Lavrov in Moscow.",
            ("Tom Keller", "Sergey Lavrov"),
        ),
        (
            "Earlier on Monday, U.N. envoy for the Middle East Anna Berg met Putin in Moscow.",
            ("Anna Berg", "Vladimir Putin"),
        ),
        (
            "Days before the election, special representative for Ukraine Tom Keller met Lavrov.",
            ("Tom Keller", "Sergey Lavrov"),
        ),
        ("UN special rapporteur for Iran Anna Berg met Lavrov.", ("Anna Berg", "Sergey Lavrov")),
    ],
)
def test_the_name_ending_a_title_is_the_subject(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in _met(read, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the spokesman is not the minister, the widow not the one she mourns
        (
            "The spokesman for Foreign Minister Lavrov met Blinken.",
            ("Sergey Lavrov", "Antony Blinken"),
        ),
        (
            "Days before the election, the widow of opposition leader Keller met Blinken.",
            ("Tom Keller", "Antony Blinken"),
        ),
        (
            "Just hours before the vote, U.S. special envoy for the Horn of Africa Tom Keller "
            "had not met Lavrov.",
            ("Tom Keller", "Sergey Lavrov"),
        ),
    ],
)
def test_a_name_inside_another_persons_title_or_a_denial_is_nothing(
    read: Reader, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) not in _met(read, text)
