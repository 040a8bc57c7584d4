"""Reading order in the actor stage (model): a pronoun fronted before the subject it names,
demonyms coordinated before one noun."""

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


def test_coordinated_demonyms_each_name_their_state(actor_nlp: Language) -> None:
    doc = actor_nlp("Dutch and Danish jets struck rebel positions near the border on Sunday.")
    found = {doc[m.start : m.end].text: m.actor_id for m in doc._.mentions}
    assert found.get("Dutch") == "country:NLD"
    assert found.get("Danish") == "country:DNK"


def test_a_lone_demonym_still_stretches_over_its_state_noun(actor_nlp: Language) -> None:
    doc = actor_nlp("Danish jets struck rebel positions near the border on Sunday.")
    found = {doc[m.start : m.end].text: m.actor_id for m in doc._.mentions}
    assert found.get("Danish jets") == "country:DNK"
