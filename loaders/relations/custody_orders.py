"""Orders that put someone in custody or let them out: "a court ordered X to serve two years",
"the judge ordered her held in custody", "the court ordered them released".

The frames read "ordered X to ..." as an urging, and `misplaced_ends` drops that urging when the
order is to serve a term. An order from a court, a judge or a state that someone serve a term or
be held is the holding itself (ANNOTATION.md: DETAINED counts "sentenced, jailed"; RELEASED
counts "ordered released"), so the one who gave it is the doer. Only an order given (the urging
reading's own status) and only for a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import FREEING_VERBS, Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_HOLDING = words("hold detain jail imprison keep remand arrest")
_ORDER_HEADS = frozenset({"COUNTRY", "ORGANIZATION", "PERSON"})
_STRENGTH = 0.8


def custody_orders(doc: Doc, index: ActorIndex) -> list[Fact]:
    """DETAINED or RELEASED facts from "ordered X to serve/held/released"."""
    out: list[Fact] = []
    for order in doc:
        if order.lemma_.lower() != "order" or order.pos_ != "VERB":
            continue
        kind = _ordered_custody(order)
        status = verb_status(order)
        if kind is None or status is None:
            continue
        sources = [r for c in order.children if c.dep_ == "nsubj" for r in index.refs(c)]
        objects = [o for c in order.children if c.dep_ == "dobj" for o in arg.with_conjuncts(c)]
        targets = [r for o in objects for r in index.refs(o)]
        frame = Frame(kind, "order", "VERB", ())
        for source in sources:
            if index.kind(source.actor_id) not in _ORDER_HEADS:
                continue
            for target in targets:
                if index.kind(target.actor_id) != "PERSON" or target.actor_id == source.actor_id:
                    continue
                reading = Reading(frame, order, (order,), status, _STRENGTH, [source], [target])
                conf = confidence(_STRENGTH - 0.1, source, target)
                out.append(Fact(source.actor_id, kind, target.actor_id, status, conf, reading))
    return out


def _ordered_custody(order: Token) -> RelationType | None:
    """What the order does to its object: serve a term or be held (DETAINED), be freed
    (RELEASED); None for any other order ("ordered X to leave")."""
    for clause in order.children:
        if clause.dep_ not in ("xcomp", "ccomp", "oprd", "advcl"):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            return None
        lemma = clause.lemma_.lower()
        if lemma == "serve" or lemma in _HOLDING:
            return RelationType.DETAINED
        if lemma in FREEING_VERBS:
            return RelationType.RELEASED
    return None
