"""A leader's office speaks and acts for the leader: "Biden's office thanked Egypt"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Biden's office thanked Qatar for its help.", "SUPPORTED", ("Joe Biden", "Qatar")),
        (
            "The office of Zelensky thanked Egypt on Monday.",
            "SUPPORTED",
            ("Volodymyr Zelensky", "Egypt"),
        ),
        ("Putin's office condemned Armenia on Friday.", "CONDEMNED", ("Vladimir Putin", "Armenia")),
    ],
)
def test_leaders_office_acts_for_the_leader(
    read: Reader, text: str, kind: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(read(text), kind)
