""" "Tehran blamed Israel on Sunday for the attack": an "on" that only dates the blame is no
"blamed X on Y" (offered_terms.blamed_thing), on sentences of our own wording (model-backed)."""

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
            "Tehran blamed Israel on Sunday for the sabotage at a nuclear site.",
            ("Iran", "ACCUSED", "Israel"),
        ),
        (
            "The raid was revenge for attacks by Kyiv, which Moscow blamed for a drone strike "
            "on Friday that killed a general.",
            ("Russia", "ACCUSED", "Ukraine"),
        ),
    ],
)
def test_a_dating_on_leaves_the_one_blamed(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


def test_the_thing_blamed_on_someone_is_still_no_accused(read: Reader) -> None:
    text = "The explosion in Beirut, which Israel blamed on Iran on Monday, killed six."
    found = triples(read(text))
    assert ("Israel", "ACCUSED", "Iran") in found
    assert not any(target == "Egypt" for _, _, target in found)
