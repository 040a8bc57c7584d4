"""Round 2b: how sanctions, strikes, meetings and visits are read, on sentences of our own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


def test_a_barred_envoy_named_after_his_post_is_the_target(read: Reader) -> None:
    text = "Russia barred Washington's envoy in Moscow, Tom Keller, from entering the country."
    assert ("Russia", "SANCTIONED", "Tom Keller") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not bar Washington's envoy in Moscow, Tom Keller, from entering the country.",
        "Russia may bar Washington's envoy in Moscow, Tom Keller, from entering the country.",
    ],
)
def test_a_bar_denied_or_hypothetical_names_no_target(read: Reader, text: str) -> None:
    assert not any(t[1] == "SANCTIONED" for t in triples(read(text)))


def test_an_expelled_envoy_named_after_his_post_still_names_his_state(read: Reader) -> None:
    text = "Russia expelled Washington's envoy in Moscow, Tom Keller, on Monday."
    assert ("Russia", "EXPELLED", "United States") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky left the White House early after an Oval Office meeting with Biden collapsed.",
        "Zelensky left early after a Kremlin meeting with President Joe Biden ended.",
    ],
)
def test_who_leaves_after_a_meeting_ended_had_it(read: Reader, text: str) -> None:
    assert ("Volodymyr Zelensky", "MET_WITH", "Joe Biden") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky left the White House early after a meeting with Biden was cancelled.",
        "Zelensky left the White House early after a call with his aides ended, Biden said.",
    ],
)
def test_a_meeting_called_off_is_no_meeting(read: Reader, text: str) -> None:
    assert ("Volodymyr Zelensky", "MET_WITH", "Joe Biden") not in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Washington froze Iran's assets on Tuesday.",
        "Washington froze the assets of Iran on Tuesday.",
        "Washington closed its airspace to Iranian flights on Tuesday.",
    ],
)
def test_frozen_assets_and_closed_airspace_sanction_their_owner(read: Reader, text: str) -> None:
    assert ("United States", "SANCTIONED", "Iran") in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Washington did not freeze Iran's assets on Tuesday.",
        "Washington threatened to freeze Iran's assets.",
        "Washington unfroze Iran's assets on Tuesday.",
        "Washington closed its airspace to all flights after Iran fired missiles.",
        "Washington closed its embassy in Iran on Tuesday.",
    ],
)
def test_no_freeze_or_closure_aimed_at_them_is_no_sanction(read: Reader, text: str) -> None:
    assert ("United States", "SANCTIONED", "Iran") not in triples(read(text))
