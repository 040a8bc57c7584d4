"""A truce named by the war it ended: "a ceasefire that has halted the war between Israel and
Hamas", "the truce ending the fighting between A and B".

The sides of the war are the sides of the truce that ended it: a truce is agreed between those
who fought. The ending must be real ("a deal that could end the war between A and B", "a truce
meant to end ..." give nothing): the verb is a finite relative clause or a participle of the
truce noun, and its modality holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import combine, noun_status, verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.relations.actors_at import ActorIndex

_TRUCES = words("ceasefire truce armistice deal agreement accord pact")
_ENDING = words("end halt stop pause freeze")
_WARS = words("war fighting hostility conflict clash")
_STRENGTH = 0.65
_FRAME = Frame(RelationType.SIGNED_AGREEMENT_WITH, "ceasefire", "NOUN", ("between",))


def truces_by_their_war(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SIGNED_AGREEMENT_WITH between the two sides of the war a truce ended."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() not in _ENDING or verb.dep_ not in ("relcl", "acl"):
            continue
        if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBG") or verb.head.lemma_.lower() not in _TRUCES:
            continue
        truce = verb.head
        status = combine(noun_status(truce), verb_status(verb))
        wars = [o for o in passives.logical_objects(verb) if o.lemma_.lower() in _WARS]
        if status is None or not wars or passives.is_passive(verb):
            continue
        sides = [r for t in arg.between_objects(wars) for r in index.refs(t)]
        ids = list(dict.fromkeys(r.actor_id for r in sides))
        if len(ids) != 2:
            continue
        first = [r for r in sides if r.actor_id == ids[0]][:1]
        second = [r for r in sides if r.actor_id == ids[1]][:1]
        reading = Reading(_FRAME, truce, (truce, verb), status, _STRENGTH, pairwise=sides)
        kind = RelationType.SIGNED_AGREEMENT_WITH
        out += facts_between(first, kind, second, status, _STRENGTH, reading)
    return out
