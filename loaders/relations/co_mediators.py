"""A mediator named beside the subject: "Egypt, together with Qatar, brokered the truce".

"together with X", "along with X", "jointly with X", "alongside X" on a mediator (or on the verb
it mediates by: "Qatar has mediated between A and B alongside Egypt") names a second mediator of
the same deal or talks: the parser hangs it on the subject or the verb as a preposition, so the
verb's readers see one mediator only. The co-mediator takes each party of the fact read for the
first one, under the same reading and status (a negated or hypothetical mediation was never
read, so it adds nothing). A bare "with" stays unread: "brokered a deal with Hamas" names a
party, not a partner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex


def _verb_chain(verb: Token) -> list[Token]:
    """The trigger and the verbs it completes: "has been trying, together with the UN, to
    broker a deal", "has been working alongside Qatar to mediate" (the parser may take the
    infinitive for an adverbial clause)."""
    out = [verb]
    while _completes(out[-1]) and len(out) < 4:
        out.append(out[-1].head)
    return out


def _completes(verb: Token) -> bool:
    """The verb completes its head: an open complement, or an infinitive hung as adverbial."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and arg.to_infinitive(verb))


def _partners(holder: Token) -> list[Token]:
    """Who is named beside the mediator or its verb: "together with X", "alongside X and Y"."""
    alongside = arg.prep_objects([holder], ("alongside",))
    return arg.joined_with(holder) + [t for a in alongside for t in arg.with_conjuncts(a)]


def co_mediators(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """The mediation facts again from each mediator's named partner (see the module
    docstring)."""
    out: list[Fact] = []
    for fact in facts:
        reading = fact.reading
        if fact.type is not RelationType.MEDIATED or reading.trigger.pos_ != "VERB":
            continue
        doc = reading.trigger.doc
        holders = [doc[s.token] for s in reading.sources if s.actor_id == fact.source]
        holders += _verb_chain(reading.trigger)
        partners = [r for h in holders for t in _partners(h) for r in index.refs(t)]
        out += [
            Fact(p.actor_id, fact.type, fact.target, fact.status, fact.confidence, reading)
            for p in partners
            if p.actor_id not in (fact.source, fact.target)
        ]
    return out
