""" ", charges Kigali rejects", "..., arguing that the vote was rigged, a charge Caracas rejects":
a denial tacked on after a reported accusation, answered or not.

News English sums up an accusation it has just reported with a bare noun and the accused's
denial: "HRW accused Rwanda of torture, charges Kigali rejects", "..., allegations Moscow denies".
The tail is read from its surface (summing_tails): a comma, a claim noun, an actor, a verb of
denial.

- Answered (`tacked_on_denials`): the one denying rejects whoever accused them in that sentence
  (denials.answered_by, which takes only accusations aimed at the denier's own side, so a tail
  about someone else answers nothing).
- Unanswered (`unanswered_tails`): often the clause names no accused at all: its wrong is
  agentless ("the election was rigged") or its doer is something X owns. The tail itself then
  says who was accused: whoever denies a charge is the one charged. So the one who made the
  claim (the subject of the nearest verb of saying above the comma) accused the denier, and the
  denier rejected them. Only charge nouns make the accusation; "a claim X rejects" is a
  rejection alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.claims import CLAIMING
from loaders.relations.denials import answered_by
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import ACCUSING_NOUNS, DENIAL_FORMS, DISPUTED_CLAIMS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.reported import own_side
from loaders.relations.summing_tails import SummingTail, is_claim, summing_tail
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_ACCUSING = Frame(RelationType.ACCUSED, "say", "VERB", (), strength=0.7)
_REJECTING = Frame(RelationType.REJECTED, "reject", "VERB", (), strength=0.7)
_CLIMB = 10
_ACCUSING_VERBS = words("accuse charge blame")
# What a tail may sum up besides a charge: a finding, a point or a proposal just reported
# ("..., a finding Israel rejected", "..., a point Putin dismissed as insufficient"). These
# make a rejection only; the accusation needs a charge noun (ACCUSING_NOUNS).
REJECTED_SUMS = DISPUTED_CLAIMS | words(
    "finding point account version proposal proposition argument suggestion idea"
)


def denial_tail(comma: Token, index: ActorIndex) -> SummingTail | None:
    """The tail of ", [a] charge(s) [the] X [has consistently] denied", or None."""
    tail = summing_tail(comma, index)
    if tail is None or tail.noun is None or not is_claim(tail.noun, REJECTED_SUMS):
        return None
    return tail if tail.verb.lower_ in DENIAL_FORMS else None


def which_denial_tail(comma: Token, index: ActorIndex) -> SummingTail | None:
    """The tail of ", which [the] X [has consistently] denied", or None: what the clause
    before the comma claims, denied with no noun to sum it up."""
    tail = summing_tail(comma, index)
    if tail is None or tail.noun is not None:
        return None
    return tail if tail.verb.lower_ in DENIAL_FORMS else None


def tail_deniers(tail: SummingTail, comma: Token, index: ActorIndex) -> list[Ref]:
    """Who denies in the tail. "Washington accused Maduro of rigging the vote, a charge he
    rejects": whoever denies a charge is the one charged, so a pronoun there is the accused of
    the accusation the tail sums up, not whoever the pronoun's nearest antecedent is."""
    if tail.actor.pos_ == "PRON":
        claim = _claiming_verb(comma)
        if claim is not None and claim.lemma_.lower() in _ACCUSING_VERBS:
            accused = [r for o in passives.logical_objects(claim) for r in index.refs(o)]
            if accused:
                return accused
    return index.refs(tail.actor)


def tacked_on_denials(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """REJECTED facts: ", charges X rejects" answers the accusation against X just reported."""
    out: list[Fact] = []
    for comma in (t for t in doc[index.dateline_end :] if t.text == ","):
        tail = denial_tail(comma, index)
        if tail is None:
            continue
        deniers = tail_deniers(tail, comma, index)
        reading = Reading(_REJECTING, tail.verb, (tail.verb,), Status.OCCURRED, 0.7, deniers)
        out += answered_by(reading, doc, facts, index)
    return out


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
    """The sentence already reports an accusation of the denier, which tacked_on_denials
    answers."""
    return any(
        f.type is RelationType.ACCUSED and f.target == denier and f.reading.evidence() == sentence
        for f in facts
    )


def _pair(
    claimers: list[Ref], deniers: list[Ref], noun: Token | None, claim: Token, denial: Token
) -> list[Fact]:
    status = verb_status(claim)
    if status is None:
        return []
    reject = Reading(_REJECTING, denial, (denial,), Status.OCCURRED, 0.7, deniers, claimers)
    out = facts_between(deniers, RelationType.REJECTED, claimers, Status.OCCURRED, 0.7, reject)
    if noun is not None and is_claim(noun, ACCUSING_NOUNS):
        accuse = Reading(_ACCUSING, claim, (claim,), status, 0.7, claimers, deniers)
        out += facts_between(claimers, RelationType.ACCUSED, deniers, status, 0.7, accuse)
    return out


def unanswered_tails(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """ACCUSED and REJECTED facts of a denial tail no reported accusation answers."""
    out: list[Fact] = []
    for comma in (t for t in doc[index.dateline_end :] if t.text == ","):
        # "Trump claimed credit for the truce, which New Delhi denies": no noun, no accusation
        tail = denial_tail(comma, index) or which_denial_tail(comma, index)
        claim = _claiming_verb(comma) if tail is not None else None
        if tail is None or claim is None:
            continue
        noun, denial = tail.noun, tail.verb
        deniers = tail_deniers(tail, comma, index)
        claimers = [r for s in passives.logical_source(claim) for r in index.refs(s)]
        sentence = (comma.sent.start_char, comma.sent.end_char)
        deniers = [d for d in deniers if not _answered(facts, d.actor_id, sentence)]
        claimers = [
            c for c in claimers if not any(own_side(index, c.actor_id, d.actor_id) for d in deniers)
        ]
        out += _pair(claimers, deniers, noun, claim, denial)
    return out


def without_misread_tail_deniers(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """The facts, less a rejection read from ", a charge he rejects" whose "he" the frame
    resolved to someone other than the one charged (tail_deniers): "Lula praised Maduro ...
    after accusing Maduro of fraud, a charge he rejects" is Maduro's denial, not Lula's."""
    return [f for f in facts if not _misread_tail_denier(f, index)]


def _misread_tail_denier(fact: Fact, index: ActorIndex) -> bool:
    verb = fact.reading.trigger
    if fact.type is not RelationType.REJECTED or fact.reading.offset != 0:
        return False  # a lede read as its own Doc is not the index's
    before = verb.doc[verb.sent.start : verb.i]
    comma = next((t for t in reversed(before) if t.text == ","), None)
    tail = denial_tail(comma, index) if comma is not None else None
    if comma is None or tail is None or tail.verb.i != verb.i or tail.actor.pos_ != "PRON":
        return False
    return fact.source not in {r.actor_id for r in tail_deniers(tail, comma, index)}
