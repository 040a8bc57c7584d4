"""Bare police or authorities arresting someone in a place are the force of that place's state;
police a demonym names, or an arrest told with no place, give the place nothing (model-backed,
sentences of our own wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import pairs

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Police detained Keller at Tehran's international airport on Sunday.",
        "The authorities arrested Berg in Moscow late on Friday.",
        "Police arrested Keller in Cairo as he left a cafe.",
    ],
)
def test_bare_police_arresting_in_a_place_are_its_state(read: Reader, text: str) -> None:
    found = pairs(read(text), "DETAINED")
    assert any(target in ("Anna Berg", "Tom Keller") for _, target in found), found
    assert all(source in ("Iran", "Russia", "Egypt") for source, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # police of a named state abroad: not the place's
        "Israeli police detained Keller in Cairo on Sunday.",
        # no arrest took place
        "Police did not arrest Berg in Moscow, officials said.",
        # a wish, not a deed
        "Activists want police to arrest Keller in Tehran.",
    ],
)
def test_police_named_by_a_state_or_no_arrest_give_the_place_nothing(
    read: Reader, text: str
) -> None:
    found = pairs(read(text), "DETAINED")
    assert not {s for s, _ in found} & {"Egypt", "Russia", "Iran"}, found
