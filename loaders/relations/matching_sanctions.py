"""Sanctions that copy earlier ones: "Britain and Canada imposed matching measures on the same
officials", "following similar bans by the European Union and Canada".

"Similar", "matching", "the same" sanctions name their targets by pointing back: they hit whom
the last sanctions the text reported hit. The doers are the new ones (the light verb's subject,
or "by" X); the targets are those of the nearest earlier sanction in the three sentences before
(or earlier in the same sentence). Without such an earlier sanction, nothing is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import SANCTION_NOUNS, Frame, words
from loaders.relations.modality import combine, noun_status, verb_status
from loaders.relations.noun_verbs import light_verb
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_COPYING = words("similar matching parallel identical equivalent corresponding same")
_MEASURES = SANCTION_NOUNS | words("measure penalty")
_FRAME = Frame(RelationType.SANCTIONED, "measure", "NOUN", ("prep:on",), strength=0.7)


def _copying(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _COPYING for c in noun.children)


def _earlier_targets(noun: Token, facts: list[Fact]) -> list[str]:
    """Targets of the nearest earlier sanction, in this sentence or the three before."""
    doc = noun.doc
    start = noun.sent.start
    for _ in range(3):
        if start > 0:
            start = doc[start - 1].sent.start
    earlier = [
        f
        for f in facts
        if f.type is RelationType.SANCTIONED
        and f.reading.trigger.doc is doc
        and start <= f.reading.trigger.i < noun.i
    ]
    if not earlier:
        return []
    last = max(f.reading.trigger.i for f in earlier)
    return list(dict.fromkeys(f.target for f in earlier if f.reading.trigger.i == last))


def matching_sanctions(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _MEASURES or not _copying(noun):
            continue
        lv = light_verb(noun)
        if lv is not None:
            sources = refs_of(index, passives.logical_source(lv))
            status = combine(noun_status(noun), verb_status(lv))
        else:
            sources = refs_of(index, arg.prep_objects([noun], ("by",)))
            status = noun_status(noun)
        targets = _earlier_targets(noun, facts) if sources and status is not None else []
        if status is None or not targets:
            continue
        reading = Reading(_FRAME, noun, (noun,), status, _FRAME.strength, sources, [])
        for source in sources:
            for target in targets:
                if source.actor_id == target:
                    continue
                conf = confidence(_FRAME.strength - 0.1, source)
                out.append(
                    Fact(source.actor_id, RelationType.SANCTIONED, target, status, conf, reading)
                )
    return out
