"""Who imposed sanctions a clause leaves without a doer: the measures' owner, or the sanctioner
just reported.

Sanctions stories announce the measure once and then list whom it hits without naming the
sanctioner again:

- the measures as subject: "The EU measures freeze the assets of A, B and C and bar them from
  travelling", "Britain's sanctions target X": the owner the subject names imposed them;
- a passive with no "by": "The EU imposed sanctions on six officials ... A laboratory that
  made the poison was also blacklisted"; a bare "the measures/the sanctions" as subject: the
  sanctioner of the sentence just before (or earlier in the same sentence) is the one who did
  it, as any reader takes it.

Only a sanction reading the lexicon made (with its modality) and that found targets but no
source is completed; the earlier sanctioner must be reported at most two sentences back, and is
never one of the targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import SANCTION_NOUNS, words
from loaders.relations.persona_non_grata import states_named_by
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import Ref
    from loaders.relations.frames_apply import Reading

# What sanctions are called when they are the subject: "the measures freeze ...".
_MEASURES = SANCTION_NOUNS | words("measure penalty listing designation package")
# How far back the sanctioner may have been reported: the sentence before, or the one before it.
_SENTENCES_BACK = 2
_STRENGTH = 0.7


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("freeze ... and bar")."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def measures_owners(measures: Token, index: ActorIndex) -> list[Ref]:
    """The owner a sanctions noun names: "the EU measures", "Britain's sanctions", "the British
    measures"; a person's measures are their state's doing, and are left alone here."""
    owners = [c for c in measures.children if c.dep_ in ("poss", "compound", "amod")]
    found = [r for o in owners if (r := index.direct(o)) is not None]
    found = found or states_named_by([measures], index)
    return [r for r in found if index.kind(r.actor_id) != "PERSON"]


def _sentence_starts(verb: Token) -> list[int]:
    """Article offsets of the starts of the trigger's sentence and the ones before it."""
    sents = list(verb.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= verb.i < s.end)
    return [s.start_char for s in sents[max(0, here - _SENTENCES_BACK) : here + 1]]


def _earlier_sanctioners(reading: Reading, facts: list[Fact]) -> list[str]:
    """The sources of the sanctions reported nearest before the trigger: in its own sentence
    before it, else in the closest of the sentences just before."""
    trigger = reading.trigger
    starts = _sentence_starts(trigger)
    window_start = starts[0] + reading.offset
    here = trigger.idx + reading.offset
    best: int | None = None
    sources: list[str] = []
    for fact in facts:
        if fact.type is not RelationType.SANCTIONED or fact.reading is reading:
            continue
        at = fact.reading.trigger.idx + fact.reading.offset
        if not window_start <= at < here:
            continue
        sent_start = fact.reading.evidence()[0]
        if best is None or sent_start > best:
            best, sources = sent_start, []
        if sent_start == best and fact.source not in sources:
            sources.append(fact.source)
    return sources


def _unnamed(reading: Reading) -> bool:
    """A passive with no doer, or sanctions as the subject: the clause names no sanctioner."""
    verb = reading.trigger
    if passives.is_passive(verb):
        return not passives.agents(verb)
    subject = _subject(verb)
    return subject is not None and subject.lemma_.lower() in _MEASURES


def unnamed_sanctioners(readings: list[Reading], facts: list[Fact]) -> list[Fact]:
    """SANCTIONED from the measures' owner, or from the sanctioner just reported, to each
    target of a sanction reading that names no source."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.SANCTIONED or reading.sources:
            continue
        if reading.trigger.pos_ != "VERB" or not reading.targets or not _unnamed(reading):
            continue
        subject = _subject(reading.trigger)
        index = ActorIndex(reading.trigger.doc)  # the lede is read as a Doc of its own
        owners = measures_owners(subject, index) if subject is not None else []
        sources = [r.actor_id for r in owners] or _earlier_sanctioners(reading, facts)
        targets = {t.actor_id: t for t in reading.targets}
        for source in sources:
            if source in targets:
                continue
            for target in targets.values():
                conf = confidence(_STRENGTH, target)
                kind, status = RelationType.SANCTIONED, reading.status
                out.append(Fact(source, kind, target.actor_id, status, conf, reading))
    return out
