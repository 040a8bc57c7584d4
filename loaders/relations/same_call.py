"""A call repeated without its addressee: "Widodo said he had asked the general to stop the
violence. Muhyiddin said he had urged the same" -> Muhyiddin URGED the general too.

"the same" as the object of an urging verb stands for the call just reported, so it goes to the
same addressee: the target of the nearest URGED fact before it, in its sentence or the two
before. Only one addressee may be in play (two calls to different parties just before leave "the
same" unresolved), the one urging now must be another than the one urged, and the verb's
modality decides as for any call ("did not urge the same" yields nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_URGING = words("urge ask press demand request")
_WINDOW = 2
_STRENGTH = 0.7


def _the_same(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "same" for c in verb.children)


def _addressee(verb: Token, urged: list[Fact]) -> str | None:
    """The one target of the URGED facts read in the verb's sentence or the two before."""
    sents = list(verb.doc.sents)
    here = next(n for n, s in enumerate(sents) if s.start <= verb.i < s.end)
    first = sents[max(0, here - _WINDOW)].start
    targets = {
        f.target
        for f in urged
        if first <= f.reading.trigger.i < verb.i and f.reading.trigger.doc is verb.doc
    }
    return next(iter(targets)) if len(targets) == 1 else None


def same_calls(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """URGED facts for "urged the same": the addressee of the call just before."""
    urged = [f for f in facts if f.type is RelationType.URGED]
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _URGING or not _the_same(verb):
            continue
        status = verb_status(verb)
        target = _addressee(verb, urged)
        if status is None or target is None:
            continue
        frame = Frame(RelationType.URGED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb,), status, _STRENGTH)
        for source in (r for t in passives.logical_source(verb) for r in index.refs(t)):
            if source.actor_id == target:
                continue
            conf = confidence(_STRENGTH, source)
            out.append(Fact(source.actor_id, RelationType.URGED, target, status, conf, reading))
    return out
