"""Talks held through a go-between: the go-between mediated, the sides did not meet.

"Iran and the United States negotiated through Swiss diplomats", "the swap was negotiated
through Switzerland", "held talks via Omani intermediaries": messages pass from side to side by
a third party, which ANNOTATION.md counts as no meeting of the sides (MET_WITH) but as the third
party's mediation (MEDIATED, target each side). Read on a talks word (the verb or noun a meeting
was read at) with a "through" or "via" phrase that names a go-between: an intermediary word
("intermediaries", "mediators", "a go-between"), or diplomats, envoys or a state that is another
actor than the sides. "talks through the night", "travelled through Turkey" name no go-between:
the time has no actor, and travel is no talks word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.lexicon import words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

_STRENGTH = 0.7
_VIA = ("through", "via")
_GO_BETWEENS = words("intermediary mediator go-between middleman messenger")
# Who carries the messages for a state: "through Swiss diplomats", "via Qatari officials".
_CARRIERS = _GO_BETWEENS | words("diplomat envoy official channel embassy")
_TALKS = words(
    "talk negotiation negotiate discussion discuss contact message exchange communicate "
    "meet meeting arrange agree deal swap"
)


def go_betweens(anchors: tuple[Token, ...]) -> list[Token]:
    """The go-between phrases on the talks words: "through Qatari intermediaries"."""
    talks = [a for a in anchors if a.lemma_.lower() in _TALKS]
    return [o for o in arg.prep_objects(talks, _VIA) for o in arg.with_conjuncts(o)]


def _carrier(tok: Token) -> bool:
    """An intermediary word, or a state or person named as the channel ("through Switzerland")."""
    return tok.lemma_.lower() in _CARRIERS or tok.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")


def through_go_betweens(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """Every fact but meetings of sides whose talks went through a go-between, plus that
    go-between's mediation between them (when it is an actor)."""
    out: list[Fact] = []
    mediations: dict[tuple[str, str, str], Fact] = {}
    for fact in facts:
        if fact.type is not RelationType.MET_WITH:
            out.append(fact)
            continue
        reading = fact.reading
        via = [t for t in go_betweens((reading.trigger, *reading.anchors)) if _carrier(t)]
        if not via:
            out.append(fact)
            continue
        sides = {fact.source, fact.target}
        mediators: list[Ref] = [
            r for t in via for r in index.refs(t, possessor=True) if r.actor_id not in sides
        ]
        if not mediators and not any(t.lemma_.lower() in _GO_BETWEENS for t in via):
            out.append(fact)  # "through their own diplomats": still the sides' contact
            continue
        ends = [*reading.sources, *reading.targets, *reading.pairwise]
        parties = list({r.actor_id: r for r in ends if r.actor_id in sides}.values())
        kind = RelationType.MEDIATED
        for m in facts_between(mediators, kind, parties, fact.status, _STRENGTH, reading):
            mediations.setdefault((m.source, m.target, m.type.value), m)
    return out + list(mediations.values())
