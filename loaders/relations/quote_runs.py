"""Wrongs told in a quoted sentence whose speaker is named in the sentence next to it:
'"This is not Ukraine's fault," Stoltenberg said. "Russia bears ultimate responsibility."', and
'"Iran has armed the militias for years. These acts are unacceptable," Biden said.'

News splits long quotes over sentences: the attribution ("X said") sits in one of them, and the
others are the same speaker's words with no verb of saying of their own, so reported.py, which
reads a wrong under its verb of saying, never sees them. Which sentence names the speaker is
loaders/quote_marks.py's; only one actor may be the speaker. The wrong is read as in
reported.py (its predicate, not denied or hedged, a doer who is not the speaker's side).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.quote_marks import attributed_by
from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import verb_status
from loaders.relations.reported import SAYING, _doers, _hedged, _is_wrong, own_side
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from loaders.relations.actors_at import ActorIndex, Ref

_FRAME = Frame(RelationType.ACCUSED, "say", "VERB", ("ccomp",), strength=0.7)


def quote_run_accusations(doc: Doc, index: ActorIndex) -> list[Fact]:
    kind = RelationType.ACCUSED
    out: list[Fact] = []
    sents = [s for s in doc.sents if s.start >= index.dateline_end]
    for n, sent in enumerate(sents):
        speakers = _continued_speakers(sents, n, index)
        if not speakers:
            continue
        for clause in arg.with_conjuncts(sent.root):
            if clause.pos_ not in ("VERB", "AUX") or not _is_wrong(clause) or _hedged(clause):
                continue
            status = verb_status(clause)
            doers = _doers(clause, index) if status is not None else []
            if status is None or not doers:
                continue
            reading = Reading(_FRAME, clause, (clause,), status, _FRAME.strength, speakers, doers)
            strength = _FRAME.strength
            out += [
                Fact(s.actor_id, kind, d.actor_id, status, confidence(strength, s, d), reading)
                for s in speakers
                for d in doers
                if not own_side(index, s.actor_id, d.actor_id)
            ]
    return out


def _continued_speakers(sents: list[Span], n: int, index: ActorIndex) -> list[Ref]:
    """The one actor a verb of saying after the quote names, for a sentence continuing it."""
    found = attributed_by(sents, n)
    if found is None:
        return []
    sent, quoted = found
    verbs = [
        t for t in sent if t.i not in quoted and t.pos_ == "VERB" and t.lemma_.lower() in SAYING
    ]
    subjects = [s for v in verbs for s in v.children if s.dep_ == "nsubj" and s.i not in quoted]
    refs = [r for s in subjects for t in arg.with_conjuncts(s) for r in index.refs(t)]
    return refs if len({r.actor_id for r in refs}) == 1 else []
