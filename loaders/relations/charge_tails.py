""" "..., arguing that the vote was rigged, a charge Caracas rejects": a denial tail that names
the accused when the clause before it does not.

afterthoughts.py answers a tail (", a charge X denies") with the accusation against X the
sentence already reported. Often the clause names no accused at all: its wrong is agentless
("the election was rigged") or its doer is something X owns. The tail itself then says who was
accused: whoever denies a charge is the one charged. So the one who made the claim (the subject
of the nearest verb of saying above the comma) accused the denier, and the denier rejected
them. Only charge nouns make the accusation; "a claim X rejects" is a rejection alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.claims import CLAIMING
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.reported import own_side
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_CHARGES = words("charge accusation allegation")
_CLAIMS = _CHARGES | words("claim assertion")
# The parser takes a present tense after a name for a plural noun: match the surface.
_DENYING = frozenset(
    {"rejects", "rejected", "denies", "denied", "disputes", "disputed", "dismisses", "dismissed"}
)
_PERFECT = frozenset({"has", "have", "had"})
_ADVERBS = frozenset({"consistently", "repeatedly", "strongly", "vehemently", "always", "flatly"})
_ACCUSING = Frame(RelationType.ACCUSED, "say", "VERB", (), strength=0.7)
_REJECTING = Frame(RelationType.REJECTED, "reject", "VERB", (), strength=0.7)
_CLIMB = 10


def _denier(comma: Token, index: ActorIndex) -> tuple[Token, Token, int] | None:
    """(the claim noun, the denial word, the denier's first token) of ", a charge X [has
    consistently] denied", or None."""
    doc, i = comma.doc, comma.i + 1
    if i < len(doc) and doc[i].lower_ in ("a", "an"):
        i += 1
    if i + 2 >= len(doc) or doc[i].lemma_.lower() not in _CLAIMS:
        return None
    noun, j = doc[i], i + 1
    if doc[j].lower_ == "the" and index.span(j) is None:
        j += 1
    span = index.span(j)
    if span is None:
        return None
    k = span[1]
    while k < len(doc) and (doc[k].lower_ in _PERFECT or doc[k].lower_ in _ADVERBS):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _DENYING:
        return None
    return noun, doc[k], j


def _claiming_verb(comma: Token) -> Token | None:
    """The verb of saying whose clause the tail sums up: climbing from the word before the
    comma, the nearest one ("arguing that the vote was rigged, a charge ...")."""
    if comma.i == 0:
        return None
    tok = comma.doc[comma.i - 1]
    for _ in range(_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CLAIMING:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _answered(facts: list[Fact], denier: str, sentence: tuple[int, int]) -> bool:
    """The sentence already reports an accusation of the denier, which afterthoughts.py
    answers."""
    return any(
        f.type is RelationType.ACCUSED and f.target == denier and f.reading.evidence() == sentence
        for f in facts
    )


def _pair(
    claimers: list[Ref], deniers: list[Ref], noun: Token, claim: Token, denial: Token
) -> list[Fact]:
    status = verb_status(claim)
    if status is None:
        return []
    reject = Reading(_REJECTING, denial, (denial,), Status.OCCURRED, 0.7, deniers, claimers)
    out = facts_between(deniers, RelationType.REJECTED, claimers, Status.OCCURRED, 0.7, reject)
    if noun.lemma_.lower() in _CHARGES:
        accuse = Reading(_ACCUSING, claim, (claim,), status, 0.7, claimers, deniers)
        out += facts_between(claimers, RelationType.ACCUSED, deniers, status, 0.7, accuse)
    return out


def unanswered_tails(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """ACCUSED and REJECTED facts of a denial tail no reported accusation answers."""
    out: list[Fact] = []
    for comma in (t for t in doc[index.dateline_end :] if t.text == ","):
        tail = _denier(comma, index)
        claim = _claiming_verb(comma) if tail is not None else None
        if tail is None or claim is None:
            continue
        noun, denial, first = tail
        deniers = index.refs(doc[first])
        claimers = [r for s in passives.logical_source(claim) for r in index.refs(s)]
        sentence = (comma.sent.start_char, comma.sent.end_char)
        deniers = [d for d in deniers if not _answered(facts, d.actor_id, sentence)]
        claimers = [
            c for c in claimers if not any(own_side(index, c.actor_id, d.actor_id) for d in deniers)
        ]
        out += _pair(claimers, deniers, noun, claim, denial)
    return out
