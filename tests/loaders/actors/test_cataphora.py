"""A pronoun in a clause fronted before the sentence's subject names that subject (model)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.model

_BEFORE = "Prime Minister Anna Berg spoke in Oslo on Monday. "


def _pronoun_ids(actor_nlp: Language, text: str) -> list[str]:
    doc = actor_nlp(_BEFORE + text)
    return [m.actor_id for m in doc._.mentions if m.how == "pronoun"]


@pytest.mark.parametrize(
    "text",
    [
        "In Rome, where he held talks with the pope, President Tom Keller said little.",
        "After he landed in Rome, President Tom Keller met the pope.",
        "During his stay in Rome, President Tom Keller met the pope.",
    ],
)
def test_a_fronted_pronoun_is_the_subject_after_it(actor_nlp: Language, text: str) -> None:
    assert _pronoun_ids(actor_nlp, text) == ["person:tom-keller"]


@pytest.mark.parametrize(
    "text",
    [
        "When he arrived in Rome, the delegation of President Tom Keller said little.",
        "In Rome, where he held talks, the delegation said that Tom Keller was tired.",
    ],
)
def test_other_pronouns_still_look_back(actor_nlp: Language, text: str) -> None:
    assert _pronoun_ids(actor_nlp, text) == ["person:anna-berg"]
