"""Who a mediator mediated between: the sides it stood between, never its own side.

Several readers name a mediation's parties from the clause around it (participants,
mediators, derive.implicit_mediations). The clause also holds actors that are no side:
- co-mediators: "Ankara and the U.N. brokered the deal" names two mediators, and neither is the
  other's party; nor is a co-mediator that one reader took for the clause's object;
- captives the deal frees: "Hamas said it had freed Alexander with the help of mediators Qatar
  and Egypt": Hamas is a side, the freed captive is what the deal was about (his state may be a
  side, which the captive's own fact does not decide);
- the mediator's own people: "France brokered the accord" never mediated with France's own
  president, whom the story's lede may have named.
This filter drops those, whichever reader made them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.own_side import person_of_state
from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact


def _at(fact: Fact) -> tuple[int, int]:
    """The trigger a fact was read at (a lede is read as a Doc of its own)."""
    trigger = fact.reading.trigger
    return id(trigger.doc), trigger.i


def _co_mediators(facts: list[Fact]) -> dict[tuple[int, int], set[str]]:
    """Trigger -> every mediator read at it."""
    out: dict[tuple[int, int], set[str]] = {}
    for fact in facts:
        if fact.type is RelationType.MEDIATED:
            out.setdefault(_at(fact), set()).add(fact.source)
    return out


def _freed(facts: list[Fact]) -> set[tuple[tuple[int, int], str]]:
    """(sentence, captive) of every release told."""
    return {(f.reading.evidence(), f.target) for f in facts if f.type is RelationType.RELEASED}


def without_foreign_parties(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """The facts without mediations whose target is a co-mediator, a freed captive or the
    mediator's own person (see the module docstring)."""
    mediators = _co_mediators(facts)
    freed = _freed(facts)
    out: list[Fact] = []
    for fact in facts:
        if fact.type is RelationType.MEDIATED and (
            fact.target in mediators.get(_at(fact), set())
            or (fact.reading.evidence(), fact.target) in freed
            or person_of_state(index, fact.source, fact.target)
        ):
            continue
        out.append(fact)
    return out
