"""Demonyms that stand for the state when they name who mediates, gives or sanctions:
"Qatari mediators", "a Saudi-brokered truce", "American military aid" (model-backed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.actors.test_component import mentioned

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        ("Egyptian mediators met Hamas officials in Cairo.", "Egyptian mediators", "country:EGY"),
        ("The Saudi-brokered truce between the two sides held.", "Saudi", "country:SAU"),
        ("American military aid to Israel has grown.", "American military aid", "country:USA"),
        ("The talks resumed with Chinese mediation.", "Chinese mediation", "country:CHN"),
    ],
)
def test_demonyms_of_doers_stand_for_the_state(
    actor_nlp: Language, text: str, words: str, state: str
) -> None:
    assert mentioned(actor_nlp(text)).get(words) == state


@pytest.mark.parametrize(
    "text",
    ["Saudi-style reforms were announced.", "Chinese food was served at the dinner."],
)
def test_other_demonyms_stay_adjectives(actor_nlp: Language, text: str) -> None:
    assert not mentioned(actor_nlp(text))
