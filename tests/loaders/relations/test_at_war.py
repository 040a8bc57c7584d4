"""Being at war, and waging war or an insurgency, is fighting (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Armenia has been at war with Azerbaijan since the autumn.", "Armenia", "Azerbaijan"),
        ("Ethiopia, which is at war with Egypt, sent troops.", "Ethiopia", "Egypt"),
        ("Uganda went to war with Ethiopia in 1998.", "Uganda", "Ethiopia"),
        ("Egypt and Israel were at war in 1973.", "Egypt", "Israel"),
        ("Ukraine remains at war with Russia.", "Ukraine", "Russia"),
    ],
)
def test_a_state_of_war_is_fighting_each_way(read: Reader, text: str, one: str, other: str) -> None:
    found = triples(read(text))
    assert (one, "ATTACKED", other) in found
    assert (other, "ATTACKED", one) in found


@pytest.mark.parametrize(
    "text",
    [
        "Blinken said the United States is not at war with China.",
        "Armenia wants to avoid going to war with Azerbaijan.",
        "If Russia goes to war with NATO, Europe will suffer.",
        "Is Russia at war with NATO?",
        "Iran and Israel may soon be at war.",
        "Egypt has never been at war with Qatar.",
        "Russia denied it was at war with Ukraine.",
    ],
)
def test_war_denied_feared_or_asked_is_nothing(read: Reader, text: str) -> None:
    assert not any(kind == "ATTACKED" for _, kind, _ in triples(read(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia waged a brutal war against Ukraine.", ("Russia", "ATTACKED", "Ukraine")),
        ("Israel is waging war on Iran.", ("Israel", "ATTACKED", "Iran")),
        ("The FSB has waged an insurgency against Armenia.", ("FSB", "ATTACKED", "Armenia")),
    ],
)
def test_waging_a_war_or_an_insurgency_attacks(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


def test_a_threatened_war_is_nothing(read: Reader) -> None:
    assert not triples(read("Russia threatened to wage war against Ukraine."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian forces launched an incursion against Uganda at dawn.",
            ("Iran", "ATTACKED", "Uganda"),
        ),
        (
            "Ukraine launched a counteroffensive against Russian forces in the south.",
            ("Ukraine", "ATTACKED", "Russia"),
        ),
    ],
)
def test_an_incursion_or_counteroffensive_against_someone_attacks_them(
    read: Reader, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine did not launch a counteroffensive against Russian forces.",
        "Ukraine may launch a counteroffensive against Russian forces.",
    ],
)
def test_a_denied_or_possible_counteroffensive_is_nothing(read: Reader, text: str) -> None:
    assert not any(kind == "ATTACKED" for _, kind, _ in triples(read(text)))
