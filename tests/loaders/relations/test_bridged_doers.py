"""Whose act "the hanging", "the attack" takes up, when the earlier report names its doer
indirectly (bridging.py): a person owning an act done to people is the one it was done to
("Berg's execution" is not Berg's act), a machine of war is its state's ("an Israeli tank fired"
is Israel's fire), "the hanging" is the act even when the parser reads it as a verb, and "the
abduction" may take up a detention."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran executed the American engineer at dawn on Monday. "
            "Berg's execution drew protests in several capitals. Egypt condemned the hanging.",
            ("Egypt", "CONDEMNED", "Iran"),
        ),
        (
            "An Israeli tank fired at a watchtower of the peacekeepers on Friday, wounding two. "
            "Qatar condemned the attack in a statement.",
            ("Qatar", "CONDEMNED", "Israel"),
        ),
        (
            "Iran hanged a dissident blogger on Saturday. Keller called the hanging "
            '"a cowardly act, carried out by a brutal regime".',
            ("Tom Keller", "CONDEMNED", "Iran"),
        ),
        (
            "Russian troops detained the mayor of the occupied town on Friday. "
            "Zelensky denounced the abduction as a war crime.",
            ("Volodymyr Zelensky", "CONDEMNED", "Russia"),
        ),
    ],
)
def test_the_doer_told_indirectly_is_condemned(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Berg's arrest drew protests in several capitals. Egypt condemned the arrest.",
            ("Egypt", "CONDEMNED", "Anna Berg"),
        ),
        (
            "A tank fired at a watchtower of the peacekeepers on Friday, wounding two. "
            "Qatar condemned the attack in a statement.",
            ("Qatar", "CONDEMNED", "Israel"),
        ),
        (
            "Ukrainian police detained two suspects on Friday. "
            "Zelensky denounced the abduction of children by Russia.",
            ("Volodymyr Zelensky", "CONDEMNED", "Ukraine"),
        ),
    ],
)
def test_the_one_acted_on_or_an_unowned_machine_is_not_condemned(
    read: Reader, text: str, unwanted: tuple[str, str, str]
) -> None:
    assert unwanted not in triples(read(text))
