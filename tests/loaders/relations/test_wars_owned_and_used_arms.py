"""The known war told from either side ("Kyiv's war against Moscow", "the envoys discussed
Russia's invasion of Ukraine") and an attack made with something put to use ("Moscow used
drones to hit Kyiv"), on sentences of our own wording (model-backed)."""

from __future__ import annotations

import pytest

from tests.loaders.relations.conftest import Reader, triples

pytestmark = pytest.mark.model

_RU_UA = ("Russia", "ATTACKED", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's war with Russia is now in its third year, officials said.",
        "Kyiv needs more shells for its war against Moscow, Zelensky said.",
        "The ministers talked about Russia's invasion of Ukraine at the dinner.",
        "Russia has used cheap drones to hit Ukrainian power stations all winter.",
        "Tehran sold missiles to Moscow, which Moscow then used to strike Kyiv.",
    ],
)
def test_the_known_war_from_its_victim_and_attacks_made_with_arms(read: Reader, text: str) -> None:
    assert _RU_UA in triples(read(text, published="2024-05-02"))


@pytest.mark.parametrize(
    "text",
    [
        "The ministers talked about Russia's planned invasion of Ukraine, calling it a bluff.",
        "Ukraine's war with Russia's proxies began long ago.",
        "Russia threatened to use its missiles to strike Ukraine.",
        "Russia could use its drones to hit Ukrainian cities.",
        "Ukraine voiced concern that Russia had used drones to strike Kyiv.",
    ],
)
def test_planned_wars_threatened_uses_and_worries_are_no_attack(read: Reader, text: str) -> None:
    assert _RU_UA not in triples(read(text, published="2024-05-02"))
