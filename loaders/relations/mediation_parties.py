"""Who a mediator mediated between: the sides it stood between, never its own side.

Several readers name a mediation's parties from the clause around it (participants,
mediators, derive.implicit_mediations). The clause also holds actors that are no side:
- co-mediators: "Ankara and the U.N. brokered the deal" names two mediators, and neither is the
  other's party; nor is a co-mediator that one reader took for the clause's object; nor the one
  joined by "with" to several mediators: "the truce, which Egypt, Qatar and Turkey mediated with
  the United States" (a single mediator's "brokered a deal with Hamas" still names a party);
- the mediators' own capitals: "the CIA chief shuttled between Cairo and Doha to help the
  mediators" went between the mediators' hosts; a state told mediating elsewhere in the article
  is no side of the shuttling ("shuttled between Moscow and Kyiv" still names the sides);
- a leader whose government is meant: "the agreement between the movement and the
  administration of former President Donald Trump" is with the administration, not the man;
- captives the deal frees: "Hamas said it had freed Alexander with the help of mediators Qatar
  and Egypt": Hamas is a side, the freed captive is what the deal was about (his state may be a
  side, which the captive's own fact does not decide);
- the mediator's own people: "France brokered the accord" never mediated with France's own
  president, whom the story's lede may have named.
This filter drops those, whichever reader made them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.own_side import person_of_state
from schema.ontology import RelationType

if TYPE_CHECKING:
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


def _joined_to_several(fact: Fact) -> bool:
    """ "which Egypt, Qatar and Turkey mediated with the United States": a "with" on the verb of
    two or more mediators adds one more of them, not a side."""
    verb = fact.reading.trigger
    if verb.pos_ != "VERB":
        return False
    subjects = [t for s in passives.logical_source(verb) for t in arg.with_conjuncts(s)]
    if len(subjects) < 2:
        return False
    joined = arg.prep_objects([verb], ("with",))
    joined = [t for j in joined for t in arg.with_conjuncts(j)]
    if not joined:
        return False
    index = ActorIndex(verb.doc)  # the trigger's own Doc: a lede is read as one of its own
    return any(r.actor_id == fact.target for t in joined for r in index.refs(t))


_SHUTTLING = frozenset({"shuttle"})


def _shuttled_to_mediator(fact: Fact, sources: set[str]) -> bool:
    """A shuttling between places whose state mediates in the article itself."""
    trigger = fact.reading.trigger
    return trigger.lemma_.lower() in _SHUTTLING and fact.target in sources


_GOVERNMENTS = frozenset({"administration", "government", "cabinet"})


def _leader_for_government(fact: Fact) -> bool:
    """A person named in the trigger's sentence only as the owner of an administration."""
    sent = fact.reading.trigger.sent
    index = ActorIndex(sent.doc)
    named = [t for t in sent if any(r.actor_id == fact.target for r in index.refs(t))]
    # the name's own head word; the government noun itself refers through its owner
    named = [t for t in named if t.head not in named and t.lemma_.lower() not in _GOVERNMENTS]
    heads = [t.head for t in named if t.dep_ == "pobj" and t.head.lower_ == "of"]
    return (
        bool(named)
        and index.kind(fact.target) == "PERSON"
        and len(heads) == len(named)
        and all(h.head.lemma_.lower() in _GOVERNMENTS for h in heads)
    )


def without_foreign_parties(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """The facts without mediations whose target is a co-mediator, a freed captive or the
    mediator's own person (see the module docstring)."""
    mediators = _co_mediators(facts)
    freed = _freed(facts)
    every_mediator = {f.source for f in facts if f.type is RelationType.MEDIATED}
    out: list[Fact] = []
    for fact in facts:
        if fact.type is RelationType.MEDIATED and (
            fact.target in mediators.get(_at(fact), set())
            or (fact.reading.evidence(), fact.target) in freed
            or person_of_state(index, fact.source, fact.target)
            or _joined_to_several(fact)
            or _shuttled_to_mediator(fact, every_mediator)
            or _leader_for_government(fact)
        ):
            continue
        out.append(fact)
    return out
