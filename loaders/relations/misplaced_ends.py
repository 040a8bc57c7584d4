"""Ends a reader takes from the right phrase but in the wrong role.

- "Gershkovich, the American reporter freed in the swap, landed in Washington": a traveller
  the sentence itself calls a national of the place is going home, not visiting (facts.py
  drops a visit to one's own country when the actor stage knows the country; here only the
  apposition says it);
- "denounced the strikes on bases hosting ... British forces": what is condemned is the strike;
  the state named on its receiving end is its victim, never the one condemned;
- "a Moscow court ordered Navalny to serve two years": an order to serve a term is a sentence,
  no urging.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact


def without_misplaced_ends(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    return [f for f in facts if not _misplaced(f, index)]


def _misplaced(fact: Fact, index: ActorIndex) -> bool:
    if fact.type is RelationType.VISITED:
        return _going_home(fact, index)
    if fact.type is RelationType.CONDEMNED:
        return _victim(fact)
    if fact.type is RelationType.URGED:
        return _sentenced(fact.reading.trigger)
    return False


def _going_home(fact: Fact, index: ActorIndex) -> bool:
    trigger = fact.reading.trigger
    doc = trigger.doc
    for ref in (r for r in fact.reading.sources if r.actor_id == fact.source):
        tok = doc[ref.token]
        named = [tok, *tok.conjuncts]
        described = [c for n in named for c in n.children if c.dep_ == "appos"]
        # the parser may make the apposition a second subject: "A and B, the two Canadians
        # held in China, landed in Calgary"
        described += [c for c in trigger.children if c.dep_ == "nsubj" and c not in named]
        for noun in described:
            nationals = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
            if fact.target in {_state_named(n, index) for n in nationals}:
                return True
    return False


def _state_named(tok: Token, index: ActorIndex) -> str | None:
    """The state a demonym or name stands for: "the American reporter", "the two Canadians"."""
    ref = index.direct(tok)
    if ref is not None:
        return ref.actor_id
    return index.demonym_state(tok)


_ATTACKS = words("strike attack airstrike bombing shelling raid assault")


def _victim(fact: Fact) -> bool:
    """The target is reached from the trigger only through "<attack> on/against ..."."""
    reading = fact.reading
    doc = reading.trigger.doc
    for ref in (r for r in reading.targets if r.actor_id == fact.target):
        tok = doc[ref.token]
        while tok.i != reading.trigger.i and tok.head.i != tok.i:
            on_attack = tok.dep_ == "prep" and tok.lower_ in ("on", "against")
            if on_attack and tok.head.lemma_.lower() in _ATTACKS:
                return True
            tok = tok.head
    return False


def _sentenced(trigger: Token) -> bool:
    return trigger.lemma_.lower() == "order" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "serve" for c in trigger.children
    )
