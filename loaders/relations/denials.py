"""Whom a bare denial answers: "Both countries have denied any such trade", "The Kremlin denies
blocking food shipments", "Russia has repeatedly denied taking part in sabotage".

A denial that names no claim and no claimant (the frame found no target) rejects the accusation
the story just reported against the one denying: the ACCUSED facts, already found, whose target
is the denier or the denier's own side, in the same sentence or the few before it. The nearest
such sentence wins (an older accusation is a different story), and nothing is guessed when the
story reported none. The lede's accusation is the story's own, however far back: "Germany
expelled two diplomats, saying Moscow ordered the killing ... Moscow denies any involvement"
answers it when no nearer one was reported (as bridging.py takes up the lede's act).

What is rejected may name another kind of claim than an accusation: "Xi rejected the
complaints", "Minsk dismissed the criticism" answer the criticising or urging just reported
against the one rejecting; "Sogavare brushed the appeal aside", "turned down the request" answer
the asking; "Berlin rejected the move" answers the expulsion, sanction or charge just aimed at
Berlin (`answered_pleas`). Only a definite noun nobody owns ("the appeal", "those calls"): an
owned one ("Canberra's appeal") names its maker itself, and an indefinite one may be anybody's.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import DENYING, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.offered_terms import refused_object, turned_down
from loaders.relations.reported import own_side
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_SENTENCES_BACK = 3
# Nouns of a claim that is no accusation, and the facts that made such a claim.
_CRITICISM = words("criticism complaint condemnation rebuke censure")
_ASKING = words("appeal call request demand plea warning")
# "Berlin rejected the move": a step taken against the one rejecting, told just before.
_MOVES = words("move decision step action measure")
_MOVE_KINDS = (RelationType.EXPELLED, RelationType.SANCTIONED, RelationType.ACCUSED)
_ANSWERS = (
    (_CRITICISM, (RelationType.CONDEMNED, RelationType.URGED)),
    (_ASKING, (RelationType.URGED,)),
    (_MOVES, _MOVE_KINDS),
    (words("sanction"), (RelationType.SANCTIONED,)),
    (words("expulsion"), (RelationType.EXPELLED,)),
)
_MAKER_PREPS = frozenset({"from", "by"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
_REFUSING = frozenset({"refuse", "decline"})
# "The Kremlin declined to comment": silence, no rejection of anything (ANNOTATION.md).
_SPEAKING = words(
    "comment say confirm elaborate respond answer speak discuss detail disclose reveal specify"
    " identify name"
)
# "China refused to condemn the invasion", "declined to commit to sending missiles": withholding
# a stance of one's own, no answer to anybody's request (ANNOTATION.md: "declined to condemn").
_STANCES = words("condemn criticise criticize denounce blame commit recognise recognize")
_REFUSAL = Frame(RelationType.REJECTED, "refuse", "VERB", (), strength=0.7)


def _sentence_of(starts: list[int], char: int) -> int:
    return bisect_right(starts, char) - 1


def _at(reading: Reading) -> int:
    """Where a reading's trigger is in the article text (a lede is read as its own Doc)."""
    return reading.trigger.idx + reading.offset


def _answered(
    reading: Reading,
    facts: list[Fact],
    starts: list[int],
    index: ActorIndex,
    *,
    lede: int | None = None,
) -> list[Fact]:
    """The facts aimed at the denier in the nearest sentence before it (or its own, earlier);
    failing those, the ones in the lede (sentence `lede`), when given."""
    here = _sentence_of(starts, _at(reading))
    deniers = {r.actor_id for r in reading.sources}
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        where = _sentence_of(starts, _at(fact.reading))
        near = here - _SENTENCES_BACK <= where <= here
        if not (near or where == lede) or _at(fact.reading) > _at(reading):
            continue
        if any(own_side(index, d, fact.target) for d in deniers):
            by_sentence.setdefault(where, []).append(fact)
    return by_sentence[max(by_sentence)] if by_sentence else []


def _lede(doc: Doc, starts: list[int], index: ActorIndex) -> int | None:
    """The sentence the story opens with, after its dateline."""
    if len(doc) <= index.dateline_end:
        return None
    return _sentence_of(starts, doc[index.dateline_end].idx)


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
    lede = _lede(doc, starts, index)
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.REJECTED or reading.targets:
            continue
        if reading.trigger.lemma_.lower() not in DENYING or not reading.sources:
            continue
        if refused_object(reading.trigger):  # "rejected a proposal for talks": no denial
            continue
        answered = _answered(reading, accusations, starts, index, lede=lede)
        out += _rejections(reading, answered, index)
    return out


def late_denials(
    readings: list[Reading],
    facts: list[Fact],
    doc: Doc,
    index: ActorIndex,
    answered: list[Fact],
) -> list[Fact]:
    """REJECTED facts: the bare denials that found no accusation when first read, answered once
    every accusation is found (some are read after the denials: "a tariff over what he says is
    Beijing's failure to stop fentanyl ... China has rejected the accusation")."""
    done = {id(f.reading) for f in answered}
    unanswered = [r for r in readings if id(r) not in done]
    return bare_denials(unanswered, facts, doc, index)


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
    # A request only planned ("Pakistan would urge the Taliban to ...") is not yet refused.
    requests = [f for f in facts if f.type is RelationType.URGED and f.status is Status.OCCURRED]
    out: list[Fact] = []
    for tok in doc[index.dateline_end :]:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _REFUSING:
            continue
        if _silent(tok) or _withheld_stance(tok):
            continue
        status = verb_status(tok)
        refusers = [r for s in grammatical_subjects(tok) for r in index.refs(s)]
        if status is None or not refusers:
            continue
        reading = Reading(_REFUSAL, tok, (tok,), status, _REFUSAL.strength, refusers)
        out += _rejections(reading, _answered(reading, requests, starts, index), index)
    return out


def _silent(refusal: Token) -> bool:
    """ "declined to comment", "refused to say who": what is refused is speaking."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAKING for c in refusal.children)


def _withheld_stance(refusal: Token) -> bool:
    """ "refused to condemn Russia", "declined to commit to it": what is refused is a stance."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _STANCES for c in refusal.children)


def _names_maker(child: Token) -> bool:
    """ "Canberra's appeal", "the appeal from Canberra": the noun names who made it; "the call
    for an apology", "the demand for their release" name only what is asked, and "the criticism
    of the trial" what is criticised."""
    return child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in _MAKER_PREPS)


def _pleaded(verb: Token, index: ActorIndex) -> tuple[RelationType, ...]:
    """The kinds of fact a rejected definite unowned noun of criticism, asking or a move answers
    (none for any other noun: a denied charge is bare_denials')."""
    for obj in turned_down(verb):
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
            continue
        if any(_names_maker(c) or index.direct(c) is not None for c in obj.children):
            continue  # "Canberra's appeal", "the appeal from Canberra": read by the frame
        for nouns, kinds in _ANSWERS:
            if obj.lemma_.lower() in nouns:
                return kinds
    return ()


def answered_pleas(
    readings: list[Reading], facts: list[Fact], doc: Doc, index: ActorIndex
) -> list[Fact]:
    """REJECTED facts: "rejected the complaints", "brushed the appeal aside", "rejected the move"
    answer the latest criticism, urging or step aimed at the one rejecting."""
    starts = [s.start_char for s in doc.sents]
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.REJECTED or reading.targets:
            continue
        if not reading.sources or "claim" not in reading.frame.targets:
            continue
        kinds = _pleaded(reading.trigger, index)
        pleas = [f for f in facts if f.type in kinds]
        out += _rejections(reading, _answered(reading, pleas, starts, index), index)
    return out


def answered_kinds(
    reading: Reading,
    kinds: tuple[RelationType, ...],
    facts: list[Fact],
    doc: Doc,
    index: ActorIndex,
) -> list[Fact]:
    """REJECTED facts: a rejection the caller found answers the latest fact of one of `kinds`
    aimed at the one rejecting (labelled_moves.py: "called the expulsions groundless"), or the
    lede's, as a bare denial does."""
    starts = [s.start_char for s in doc.sents]
    aimed = [f for f in facts if f.type in kinds]
    lede = _lede(doc, starts, index)
    return _rejections(reading, _answered(reading, aimed, starts, index, lede=lede), index)


def answered_moves(reading: Reading, found: list[Fact], doc: Doc, index: ActorIndex) -> list[Fact]:
    """REJECTED facts: a refusal of "the move" another reader found (unaccepted.py: "Russia said
    it did not recognise the move") answers the latest step aimed at the refuser."""
    starts = [s.start_char for s in doc.sents]
    steps = [f for f in found if f.type in _MOVE_KINDS]
    return _rejections(reading, _answered(reading, steps, starts, index), index)
