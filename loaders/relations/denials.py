"""Whom a bare denial answers: "Both countries have denied any such trade", "The Kremlin denies
blocking food shipments", "Russia has repeatedly denied taking part in sabotage".

A denial that names no claim and no claimant (the frame found no target) rejects the accusation
the story just reported against the one denying: the ACCUSED facts, already found, whose target
is the denier or the denier's own side, in the same sentence or the few before it. The nearest
such sentence wins (an older accusation is a different story), and nothing is guessed when the
story reported none.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, confidence
from loaders.relations.reported import own_side
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading

_DENYING = frozenset({"deny", "reject", "dismiss", "refute"})
_SENTENCES_BACK = 3


def _sentence_of(starts: list[int], char: int) -> int:
    return bisect_right(starts, char) - 1


def bare_denials(
    readings: list[Reading], facts: list[Fact], doc: Doc, index: ActorIndex
) -> list[Fact]:
    """REJECTED facts: a denial with no target answers the latest accusation against the denier."""
    starts = [s.start_char for s in doc.sents]
    accusations = [f for f in facts if f.type is RelationType.ACCUSED]
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.REJECTED or reading.targets:
            continue
        if reading.trigger.lemma_.lower() not in _DENYING or not reading.sources:
            continue
        here = _sentence_of(starts, reading.evidence()[0])
        deniers = {r.actor_id for r in reading.sources}
        by_sentence: dict[int, list[Fact]] = {}
        for fact in accusations:
            where = _sentence_of(starts, fact.reading.evidence()[0])
            if not here - _SENTENCES_BACK <= where <= here:
                continue
            if any(own_side(index, d, fact.target) for d in deniers):
                by_sentence.setdefault(where, []).append(fact)
        if not by_sentence:
            continue
        nearest = by_sentence[max(by_sentence)]
        for denier in reading.sources:
            for fact in nearest:
                if own_side(index, denier.actor_id, fact.source):
                    continue
                conf = confidence(reading.strength - 0.2, denier)
                kind = RelationType.REJECTED
                out.append(Fact(denier.actor_id, kind, fact.source, reading.status, conf, reading))
    return out
