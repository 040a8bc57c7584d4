"""Rules on hand-built Docs (no model): syntax tests for capitals and pronoun resolution."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from loaders.actors.coref import resolve_pronouns
from loaders.actors.syntax import is_argument, is_event_modifier, state_noun_head
from loaders.mentions import Mention

VOCAB = spacy.blank("en").vocab


def make(words: list[str], heads: list[int], deps: list[str], pos: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos or ["NOUN"] * len(words),
               sent_starts=[True] + [False] * (len(words) - 1))  # fmt: skip


def test_capital_as_subject_is_an_actor_but_not_as_place() -> None:
    said = make(["Moscow", "said", "no"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert is_argument(said[0:1])
    there = make(["talks", "in", "Beijing"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not is_argument(there[2:3])
    partner = make(["talks", "with", "Beijing"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert is_argument(partner[2:3])


def test_according_to_is_no_actor() -> None:
    doc = make(["according", "to", "Reuters"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not is_argument(doc[2:3])


def test_event_modifier_and_state_noun() -> None:
    summit = make(["the", "G20", "summit"], [2, 2, 2], ["det", "compound", "ROOT"])
    assert is_event_modifier(summit[1:2])
    officials = make(["Chinese", "officials", "said"], [1, 2, 2], ["amod", "nsubj", "ROOT"])
    head = state_noun_head(officials[0:1])
    assert head is not None and head.text == "officials"
    funds = make(["Iranian", "funds", "arrived"], [1, 2, 2], ["amod", "nsubj", "ROOT"])
    assert state_noun_head(funds[0:1]) is None


def test_subject_pronoun_goes_to_the_last_subject_person() -> None:
    words = ["Lavrov", "met", "Blinken", ".", "He", "said", "no", "."]
    doc = make(words, [1, 1, 1, 1, 5, 5, 5, 5],
               ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"])  # fmt: skip
    people = [Mention(0, 1, "person:lavrov"), Mention(2, 3, "person:blinken")]
    (he,) = resolve_pronouns(doc, people)
    assert (he.start, he.actor_id, he.how) == (4, "person:lavrov", "pronoun")


def test_object_pronoun_is_not_its_own_subject() -> None:
    words = ["Biden", "called", "Aliyev", "and", "urged", "him"]
    doc = make(words, [1, 1, 1, 1, 1, 4], ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"])
    people = [Mention(0, 1, "person:biden"), Mention(2, 3, "person:aliyev")]
    (him,) = resolve_pronouns(doc, people)
    assert him.actor_id == "person:aliyev"


def test_pronoun_without_antecedent_is_left_alone() -> None:
    doc = make(["He", "left"], [1, 1], ["nsubj", "ROOT"])
    assert resolve_pronouns(doc, []) == []
