"""A deal or talks "brokered by X" under which others acted: X mediated between them.

"Under a deal brokered by the United Arab Emirates, Russia and Ukraine swapped 95 prisoners",
"In talks mediated by Washington, Armenia and Azerbaijan agreed to ...": the participle names the
mediator, the clause the noun hangs on names the parties (its subjects, two actors or more). The
mediator is never one of the parties, and the clause's modality decides: "under a deal brokered
by Qatar, Israel would release ..." is no fact yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import deal_sides, passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.relations.actors_at import ActorIndex

_STRENGTH = 0.7
_BROKERING = words("broker mediate facilitate")


def brokered_parties(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MEDIATED from the agent of "brokered by" to each subject of the clause the deal is in."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() not in _BROKERING or verb.tag_ != "VBN":
            continue
        hyphened = verb.dep_ == "amod" and bool(passives.hyphen_agents(verb))
        if verb.dep_ != "acl" and not hyphened:
            continue  # "a deal brokered by Turkey", "the Turkish-brokered deal"
        clause = deal_sides.framed_clause(verb.head)
        status = verb_status(clause) if clause is not None else None
        if clause is None or status is None:
            continue
        by = arg.prep_objects([verb], ("by",))  # agent phrases too: "brokered by X"
        by += passives.hyphen_agents(verb)
        named = sorted({t for b in by for t in (b, *b.conjuncts)}, key=lambda t: t.i)
        subjects = [
            t for s in grammatical_subjects(clause) for t in arg.with_conjuncts(s) if t.i >= s.i
        ]
        if not subjects and by:  # "brokered by the UAE, Russia and Ukraine swapped": the parser
            # takes the clause's subjects for more of the agent's list; a comma ends the agents
            comma = next((t.i for t in doc[by[0].i : clause.i] if t.text == ","), clause.i)
            subjects = [t for t in named if t.i > comma]
        named = [t for t in named if t not in subjects]  # the sides never broker their deal
        mediators = [r for t in named if (r := index.direct(t)) is not None]
        parties = {r.actor_id: r for t in subjects for r in index.refs(t)}
        if len(parties) == 1:  # "X returned them to Y in a deal brokered by M"
            others = deal_sides.counterparts(clause)
            parties |= {r.actor_id: r for t in others for r in index.refs(t)}
        frame = Frame(RelationType.MEDIATED, verb.lemma_.lower(), "VERB", ())
        for mediator in mediators:
            sides = [r for a, r in parties.items() if a != mediator.actor_id]
            if len(sides) < 2:
                continue
            reading = Reading(frame, verb, (verb, clause), status, _STRENGTH, [mediator], sides)
            kind = RelationType.MEDIATED
            out += facts_between([mediator], kind, sides, status, _STRENGTH, reading)
    return out
