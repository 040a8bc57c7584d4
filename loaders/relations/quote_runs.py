"""Wrongs told in a quoted sentence whose speaker is named in the sentence next to it:
'"This is not Ukraine's fault," Stoltenberg said. "Russia bears ultimate responsibility."', and
'"Iran has armed the militias for years. These acts are unacceptable," Biden said.'

News splits long quotes over sentences: the attribution ("X said") sits in one of them, and the
others are the same speaker's words with no verb of saying of their own, so reported.py, which
reads a wrong under its verb of saying, never sees them. A quoted sentence takes the speaker of
the quote it continues: the sentence just before, when that one ends with a closed quote and
its attribution ('..., X said. "..."'), or, for a quote still open at its sentence's end, the
sentence where the quote closes followed by its attribution (at most two sentences on, with no
other quote mark between). Only one actor may be the speaker; a sentence that names its own
speaker, or holds any text outside its quote marks, is no continuation. The wrong is read as in
reported.py (its predicate, not denied or hedged, a doer who is not the speaker's side).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import verb_status
from loaders.relations.reported import SAYING, _doers, _hedged, _is_wrong, own_side
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_QUOTES = frozenset({'"', "“", "”", "``", "''"})
_FRAME = Frame(RelationType.ACCUSED, "say", "VERB", ("ccomp",), strength=0.7)
_AHEAD = 2


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


def _marks(sent: Span) -> list[Token]:
    return [t for t in sent if t.text in _QUOTES]


def _continued_speakers(sents: list[Span], n: int, index: ActorIndex) -> list[Ref]:
    """The speaker of the quote sentence `n` continues, or nobody."""
    sent = sents[n]
    words = [t for t in sent if not t.is_space]
    marks = _marks(sent)
    if not words or not _opens(words[0]) or any(_opens(m) for m in marks[1:]):
        return []  # not a sentence that opens one quote
    stray = n + 1 < len(sents) and _closes(sents[n + 1][0])  # the parser moved its mark on
    if (len(marks) == 2 and _closes(words[-1])) or (len(marks) == 1 and stray):
        # '"Russia bears responsibility."' whole: the attribution ends the sentence before
        return _attribution(sents[n - 1], index) if n > 0 else []
    if len(marks) != 1:
        return []
    for later in sents[n + 1 : n + 1 + _AHEAD]:  # '"A. B," X said': the quote closes later
        later_marks = _marks(later)
        if not later_marks:
            continue
        if len(later_marks) != 1 or not _closes(later_marks[0]):
            return []
        return _attribution(later, index)
    return []


def _opens(tok: Token) -> bool:
    """An opening quote mark: curly, or straight and glued to the word after it."""
    if tok.text in ("“", "``"):
        return True
    return tok.text == '"' and not tok.whitespace_ and not _next_is_space(tok)


def _closes(tok: Token) -> bool:
    if tok.text in ("”", "''"):
        return True
    return tok.text == '"' and not _opens(tok)


def _next_is_space(tok: Token) -> bool:
    return tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].is_space


def _attribution(sent: Span, index: ActorIndex) -> list[Ref]:
    """The one actor a verb of saying after the sentence's closing quote mark names."""
    marks = _marks(sent)
    if not marks or not _closes(marks[-1]) or _closes(sent[-1]):
        return []
    last = marks[-1].i
    verbs = [t for t in sent if t.i > last and t.pos_ == "VERB" and t.lemma_.lower() in SAYING]
    subjects = [s for v in verbs for s in v.children if s.dep_ == "nsubj" and s.i > last]
    refs = [r for s in subjects for t in arg.with_conjuncts(s) for r in index.refs(t)]
    return refs if len({r.actor_id for r in refs}) == 1 else []
