"""Meeting words that tell no meeting of the two sides, checked on the trigger after the readers.

- Indirect talks: "indirect negotiations between Iran and the United States", "the two sides
  resumed indirect talks in Oman", "they negotiated indirectly". The sides never sit at one
  table: messages pass through a go-between, which ANNOTATION.md counts as no meeting (the
  mediation is the fact, told by MEDIATED). "direct talks after years of indirect contacts"
  keeps its direct talks: only the words the fact was read at are looked at.
- A trip only permitted: "the deal allowed him to travel to Iran", "allowing her to fly to
  Doha". Leave to go is not the going (the passive "was allowed to travel" is stopped already).
- A meeting noun whose own clause holds it possible only: "a meeting between X and Y would be
  possible once ...", "a summit is unlikely this year". modality.py reads the verbs above a
  trigger; a noun subject of "be possible" has its doubt below it.
- "meet" in its sense of satisfying: "the two nations met every requirement", "have met all the
  conditions". The object is a requirement, not a party, and the coordinated subject would be
  paired as if the two had met each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.facts import Fact

_INDIRECT = frozenset({"indirect", "indirectly", "proximity"})
_DEMANDS = words(
    "requirement condition criterion criteria demand target goal standard obligation need "
    "expectation deadline commitment threshold benchmark term quota test"
)


def _indirect(anchor: Token) -> bool:
    """ "indirect talks", "talks held indirectly", "negotiated indirectly"."""
    return any(
        c.lower_ in _INDIRECT and c.dep_ in ("amod", "advmod", "compound") for c in anchor.children
    )


def _satisfied(trigger: Token) -> bool:
    """ "met every requirement": "meet" whose object is a requirement."""
    if trigger.lemma_.lower() != "meet":
        return False
    objects = [o for c in trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    return bool(objects) and all(o.lemma_.lower() in _DEMANDS for o in objects)


_PERMITTING = frozenset({"allow", "permit", "enable", "authorize", "authorise", "clear"})
_POSSIBLE = words("possible impossible likely unlikely conceivable")
_MODALS = frozenset({"would", "could", "might", "may"})


def _permitted(trigger: Token) -> bool:
    """ "allowed him to travel to Iran": an infinitive complement of a verb of leave."""
    return (
        trigger.dep_ in ("ccomp", "xcomp")
        and trigger.head.lemma_.lower() in _PERMITTING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    )


def _held_possible(trigger: Token) -> bool:
    """ "a meeting between X and Y would be possible", "talks could take place": the meeting
    noun is the subject of a clause of possibility or of a modal."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return False
    verb = trigger.head
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _POSSIBLE for c in verb.children
    )


def without_indirect_meetings(facts: list[Fact]) -> list[Fact]:
    """Every fact but meetings read at indirect talks, at "meet" a requirement or at a meeting
    held only possible, and visits only permitted."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is RelationType.VISITED and _permitted(fact.reading.trigger):
            continue
        if fact.type is RelationType.MET_WITH and _held_possible(fact.reading.trigger):
            continue
        if fact.type is RelationType.MET_WITH:
            reading = fact.reading
            if any(_indirect(a) for a in (reading.trigger, *reading.anchors)):
                continue
            if _satisfied(reading.trigger):
                continue
        out.append(fact)
    return out
