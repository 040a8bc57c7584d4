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
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import DENYING, Frame
from loaders.relations.modality import verb_status
from loaders.relations.offered_terms import refused_object
from loaders.relations.reported import own_side
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.relations.actors_at import ActorIndex

_SENTENCES_BACK = 3
_REFUSING = frozenset({"refuse", "decline"})
_REFUSAL = Frame(RelationType.REJECTED, "refuse", "VERB", (), strength=0.7)


def _sentence_of(starts: list[int], char: int) -> int:
    return bisect_right(starts, char) - 1


def _at(reading: Reading) -> int:
    """Where a reading's trigger is in the article text (a lede is read as its own Doc)."""
    return reading.trigger.idx + reading.offset


def _answered(
    reading: Reading, facts: list[Fact], starts: list[int], index: ActorIndex
) -> list[Fact]:
    """The facts aimed at the denier in the nearest sentence before it (or its own, earlier)."""
    here = _sentence_of(starts, _at(reading))
    deniers = {r.actor_id for r in reading.sources}
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        where = _sentence_of(starts, _at(fact.reading))
        if not here - _SENTENCES_BACK <= where <= here or _at(fact.reading) > _at(reading):
            continue
        if any(own_side(index, d, fact.target) for d in deniers):
            by_sentence.setdefault(where, []).append(fact)
    return by_sentence[max(by_sentence)] if by_sentence else []


def _rejections(reading: Reading, answered: list[Fact], index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for denier in reading.sources:
        for fact in answered:
            if own_side(index, denier.actor_id, fact.source):
                continue
            conf = confidence(reading.strength - 0.2, denier)
            kind = RelationType.REJECTED
            out.append(Fact(denier.actor_id, kind, fact.source, reading.status, conf, reading))
    return out


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
        if reading.trigger.lemma_.lower() not in DENYING or not reading.sources:
            continue
        if refused_object(reading.trigger):  # "rejected a proposal for talks": no denial
            continue
        out += _rejections(reading, _answered(reading, accusations, starts, index), index)
    return out


def answered_by(reading: Reading, doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """REJECTED facts: a denial the caller found (`reading`, its sources the deniers) answers
    the latest accusation against the denier (disclaimers.py: "said they had no involvement")."""
    starts = [s.start_char for s in doc.sents]
    accusations = [f for f in facts if f.type is RelationType.ACCUSED]
    return _rejections(reading, _answered(reading, accusations, starts, index), index)


def refusals(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """REJECTED facts: "Canada asked New Delhi to waive their immunity, and India refused": a
    refusal answers the latest request or call made of the one refusing."""
    starts = [s.start_char for s in doc.sents]
    requests = [f for f in facts if f.type is RelationType.URGED]
    out: list[Fact] = []
    for tok in doc[index.dateline_end :]:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _REFUSING:
            continue
        status = verb_status(tok)
        refusers = [r for s in grammatical_subjects(tok) for r in index.refs(s)]
        if status is None or not refusers:
            continue
        reading = Reading(_REFUSAL, tok, (tok,), status, _REFUSAL.strength, refusers)
        out += _rejections(reading, _answered(reading, requests, starts, index), index)
    return out
