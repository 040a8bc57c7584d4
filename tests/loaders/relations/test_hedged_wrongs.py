""" "over what it says is Moscow's meddling": the speaker of the hedge accuses the wrong's owner
(model-backed, sentences of our own wording)."""

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
            "Washington imposed sanctions over what it says is Moscow's meddling in elections.",
            ("United States", "Russia"),
        ),
        (
            "Biden imposed a tariff over what he says is Beijing's failure to stop the drugs.",
            ("Joe Biden", "China"),
        ),
        (
            "Kyiv expelled two diplomats over what Zelensky said was Russia's interference.",
            ("Volodymyr Zelensky", "Russia"),
        ),
        (
            "NATO raised its alert over what it claims is Iran's role in the attacks.",
            ("NATO", "Iran"),
        ),
    ],
)
def test_a_hedged_wrong_accuses_its_owner(
    read: Reader, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "ACCUSED", expected[1]) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "Washington imposed sanctions over what it says are unfriendly actions.",  # no owner
        "Washington imposed sanctions over what it says is its own failure.",  # own side
        "Biden imposed a tariff over what he does not say is Beijing's failure.",  # negated
        "Washington imposed sanctions over what it says is a good deal for Moscow.",  # no wrong
    ],
)
def test_no_owned_wrong_accuses_nobody(read: Reader, text: str) -> None:
    assert not any(kind == "ACCUSED" for _, kind, _ in triples(read(text)))
