"""A deal "signed by A and B and brokered by M": the signers are the parties M mediated between.

Two participles share the deal noun; the parser makes the second a conjunct of the first, so
brokered_deals (which reads a participle on the noun itself) never sees it. The signers named
by the first participle's "by" are the sides, the second's "by" the mediators: "under an
accord signed by A and B and mediated by M, prisoners were freed", "rejected the truce agreed
by A and B and brokered by M". The signing participle's modality decides (brokered_deals
reads the clause the deal frames; here the deal itself is the fact).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.relations.actors_at import ActorIndex

_BROKERING = words("broker mediate facilitate")
_SIGNING = words("sign conclude agree reach seal ink")
_STRENGTH = 0.7


def signed_and_brokered(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MEDIATED from the agents of the brokering participle to the signing one's (see the
    module docstring)."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() not in _BROKERING or verb.tag_ != "VBN" or verb.dep_ != "conj":
            continue
        signed = verb.head
        if signed.dep_ != "acl" or signed.tag_ != "VBN" or signed.lemma_.lower() not in _SIGNING:
            continue
        status = verb_status(signed)
        if status is None or signed.head.pos_ not in ("NOUN", "PROPN"):
            continue
        mediators = [r for t in arg.prep_objects([verb], ("by",)) for r in index.refs(t)]
        mine = {m.actor_id for m in mediators}
        sides = [r for t in arg.prep_objects([signed], ("by",)) for r in index.refs(t)]
        sides = [s for s in sides if s.actor_id not in mine]
        if not mediators or len({s.actor_id for s in sides}) < 2:
            continue
        frame = Frame(RelationType.MEDIATED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb, signed), status, _STRENGTH, mediators, sides)
        out += facts_between(mediators, RelationType.MEDIATED, sides, status, _STRENGTH, reading)
    return out
