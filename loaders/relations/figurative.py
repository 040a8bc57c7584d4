"""Attacks named by words that here mean another kind of fight.

ANNOTATION.md counts strikes, shelling, invasion and armed clashes as ATTACKED; news English
uses the same words for fights that are not armed:

- "launched a trade war against Canada", "a war of words", "a price war": the noun's own
  modifier (or "of words") makes the war a figure for tariffs or a quarrel; the tariffs are
  read as sanctions where the text names them;
- "Petro has clashed with Israel": a person clashes in words (troops and forces, which do
  fight, are read as their state, not as a person); a clash is armed only between states or
  their forces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_WARS = words("war warfare battle fight")
# What a figurative war is fought with: "trade war", "tariff war", "a cold war".
_FIGURES = words(
    "trade tariff price currency cold word culture information propaganda legal diplomatic "
    "economic sanction tech technology chip media lawfare"
)


def without_figurative_attacks(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    return [f for f in facts if not _figurative(f, index)]


def _figurative(fact: Fact, index: ActorIndex) -> bool:
    if fact.type is not RelationType.ATTACKED:
        return False
    trigger = fact.reading.trigger
    if trigger.lemma_.lower() == "clash" and trigger.pos_ == "VERB":
        return "PERSON" in (index.kind(fact.source), index.kind(fact.target))
    # "fought a tariff war": the verb's object is the war
    wars = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(w.lemma_.lower() in _WARS and _figure_of(w) for w in wars)


def _figure_of(war: Token) -> bool:
    """ "a trade war", "the tariff war", "a war of words"."""
    for child in war.children:
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() in _FIGURES:
            return True
        of = child.dep_ == "prep" and child.lower_ == "of"
        if of and any(o.lemma_.lower() == "word" for o in child.children if o.dep_ == "pobj"):
            return True
    return False
