"""A strike that killed counted, unnamed people in a state attacked that state; a strike's
"by" phrase names who struck (model-backed)."""

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
            "Shelling by Russian forces killed three civilians in Ukraine.",
            ("Russia", "ATTACKED", "Ukraine"),
        ),
        (
            "Rocket fire by Iran killed 12 people in Israel on Sunday.",
            ("Iran", "ATTACKED", "Israel"),
        ),
        (
            "A barrage by Israeli warplanes killed two children in Egypt.",
            ("Israel", "ATTACKED", "Egypt"),
        ),
        (
            "Drone attacks by Ukraine killed four soldiers in Russia.",
            ("Ukraine", "ATTACKED", "Russia"),
        ),
    ],
)
def test_a_strike_that_killed_people_in_a_state_attacked_it(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Iranian police killed three protesters in Iran.",
        "Shelling by Russian forces could kill many people in Ukraine.",
        "Moscow denied that shelling by Russian forces killed civilians in Ukraine.",
        "A fire killed 12 people in Israel.",
        "Shelling by Russian forces killed three civilians in a town.",
    ],
)
def test_own_people_unreal_or_unowned_killings_attack_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ATTACKED" for _, kind, _ in triples(read(text)))
