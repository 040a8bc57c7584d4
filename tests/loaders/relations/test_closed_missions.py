"""Closing another state's mission expels that state; a shared demonym names the doer of a
coordinated attack; a peace made is concluded (model-backed), on sentences of our own wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import triples

if TYPE_CHECKING:
    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "closer", "owner"),
    [
        ("Kyiv shut Russia's consulate in Odesa on Monday.", "Ukraine", "Russia"),
        ("Egypt ordered the closure of two Iranian consulates on Friday.", "Egypt", "Iran"),
        ("Beijing ordered Washington to shut its consulate in Wuhan.", "China", "United States"),
        (
            "Beijing ordered Washington to shut its consulate general in Wuhan.",
            "China",
            "United States",
        ),
    ],
)
def test_closing_another_state_s_mission_expels_it(
    read: Reader, text: str, closer: str, owner: str
) -> None:
    text = f"Iran and Egypt traded charges.\n\n{text}"
    assert (closer, "EXPELLED", owner) in triples(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "China began closing its embassy in Kyiv on Monday.",
        "Could Kyiv now close Russia's consulate in Odesa?",
        "Kyiv did not shut Russia's consulate in Odesa.",
        "Kyiv shut the border crossing near Russia's consulate.",
    ],
)
def test_one_s_own_mission_a_question_or_a_denial_expels_nobody(read: Reader, text: str) -> None:
    assert not any(t == "EXPELLED" for _, t, _ in triples(read(text)))


def test_a_demonym_shared_by_coordinated_attacks_names_their_doer(read: Reader) -> None:
    text = "A Russian missile and drone attack on Kyiv on Thursday killed ten people."
    assert ("Russia", "ATTACKED", "Ukraine") in triples(read(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Egypt, which made peace with Israel in 1979, stayed away.", True),
        ("Kyiv said it wanted to make peace with Moscow one day.", False),
    ],
)
def test_a_peace_made_is_concluded(read: Reader, text: str, found: bool) -> None:
    made = triples(read(text))
    pairs = {(s, o) for s, t, o in made if t == "SIGNED_AGREEMENT_WITH"}
    assert bool(pairs) is found
