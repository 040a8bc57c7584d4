""" ", a verdict Biden denounced as a sham", ", an allegation the Kremlin called groundless":
a judgement tacked on after the clause it sums up.

News English reports an act or a claim, then adds a comma, a bare noun that sums it up, the one
judging and their verb: "A Russian court jailed him for 16 years, a verdict Biden denounced as
unacceptable"; "Canberra called for an inquiry, a move Beijing condemned"; "Navalny accused Putin
of the poisoning, an allegation Peskov called groundless". The parser reads that tail as
nonsense (the noun a compound of the judge's name, the clause before the comma an object of the
judging verb), so it is read from its surface (summing_tails): a comma, "a"/"an", a summing
noun, an actor, a verb of judging (or of labelling followed by a damning label).

- A noun of doing (move, step, verdict, ...) judged harshly: CONDEMNED, aimed at the doers of the
  clause before the comma (its nearest verb's subject), never at the judge's own side.
- A noun of claiming (allegation, charge, ...) labelled false or harsh: REJECTED, answering the
  accusation against the judge's side just reported (denials.answered_by), as charge_tails
  does for ", charges X denies".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.denials import answered_by
from loaders.relations.facts import facts_of
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import (
    DISPUTED_CLAIMS,
    FALSITY_LABELS,
    NEGATIVE_LABELS,
    Frame,
    words,
)
from loaders.relations.modality import verb_status
from loaders.relations.summing_tails import SummingTail, summing_tail
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_ACTS = words(
    "move step decision verdict ruling sentence action measure finding policy act "
    "attack strike raid"
)
# Sayings judged like acts: "called Putin a war criminal, a remark the Kremlin condemned" condemns
# the one who said it (not claims, which a judge rejects: "an allegation Peskov called false").
_SAYINGS = words("remark comment statement speech post tweet")
# Verbs that judge by themselves: "a move Beijing condemned".
_CONDEMNING = words("condemn denounce decry deplore criticise criticize slam blast")
# Verbs that judge only through the label they give: "a verdict Biden called a sham".
_LABELLING = words("call describe brand label term dismiss")
_LABEL_REACH = 4  # "called it a sham", "described as deeply unacceptable"


def _judge_verb(verb: Token) -> bool | None:
    """Whether the verb needs a label to judge (None: it does not judge at all)."""
    lemma = verb.lemma_.lower()
    if lemma in _CONDEMNING:
        return False
    return True if lemma in _LABELLING else None


def _labelled(verb: Token, labels: frozenset[str]) -> bool:
    """A damning label within a few words after the verb: "called groundless", "as a sham"."""
    doc = verb.doc
    following = doc[verb.i + 1 : min(verb.i + 1 + _LABEL_REACH, verb.sent.end)]
    return any(t.lemma_.lower() in labels or t.lower_ in labels for t in following)


def _tail(comma: Token, index: ActorIndex) -> SummingTail | None:
    """The tail of ", a <noun> X <judged>" when its noun and verb make a judgement."""
    tail = summing_tail(comma, index, relative=True)
    if tail is None or tail.noun is None:
        return None
    noun, verb = tail.noun, tail.verb
    if noun.tag_ != "NN" and noun.lower_ not in _ACTS:
        return None  # the tagger may take "ruling" for a participle
    needs_label = _judge_verb(verb)
    if needs_label is None:
        return None
    lemma = noun.lower_ if noun.lower_ in _ACTS else noun.lemma_.lower()
    if lemma in _ACTS | _SAYINGS and (not needs_label or _labelled(verb, NEGATIVE_LABELS)):
        return tail
    if lemma in DISPUTED_CLAIMS and needs_label:
        return tail if _labelled(verb, FALSITY_LABELS | NEGATIVE_LABELS) else None
    return None


def _clause_doers(comma: Token, verb: Token, index: ActorIndex) -> list[Ref]:
    """Who did what the clause before the comma tells: the nearest verb above the word before
    the comma whose subject is an actor (not the judging verb, which the parser may make the
    clause's head)."""
    tok = comma.doc[comma.i - 1]
    for _ in range(12):
        if tok.i == verb.i:
            return []
        if tok.pos_ == "VERB" and tok.i < comma.i:
            doers = [r for s in passives.logical_source(tok) for r in index.refs(s)]
            if doers:  # "Judges found grounds to believe the men bore ...": the judges
                return doers
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def _rejections(reading: Reading, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """The judge rejects the accusation against their side; a state's spokesman or minister
    speaks for its leader ("an allegation Kremlin spokesman Peskov called groundless" answers
    an accusation against Putin), so a person judge's state counts as their side."""
    judges = {r.actor_id for r in reading.sources}
    states = [
        Ref(state, "proxy", r.token)
        for r in reading.sources
        if index.kind(r.actor_id) == "PERSON" and (state := index.state_of(r.actor_id))
    ]
    widened = replace(reading, sources=[*reading.sources, *states])
    found = answered_by(widened, reading.trigger.doc, facts, index)
    return [f for f in found if f.source in judges]


def _status(verb: Token) -> Status | None:
    return verb_status(verb) if verb.pos_ == "VERB" else Status.OCCURRED


def judged_tails(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """CONDEMNED and REJECTED facts of ", a <move/verdict/allegation> X <condemned/called ...>"."""
    out: list[Fact] = []
    for comma in (t for t in doc[index.dateline_end :] if t.text == ","):
        tail = _tail(comma, index)
        if tail is None:
            continue
        noun, judge, verb = tail.noun, tail.actor, tail.verb
        status = _status(verb)
        judges = index.refs(judge)
        if status is None or not judges:
            continue
        if noun is not None and noun.lemma_.lower() in DISPUTED_CLAIMS:
            frame = Frame(RelationType.REJECTED, verb.lemma_.lower(), "VERB", (), strength=0.7)
            out += _rejections(Reading(frame, verb, (verb,), status, 0.7, judges), facts, index)
            continue
        sides = {r.actor_id for r in judges} | {index.country(r.actor_id) for r in judges}
        doers = [
            d
            for d in _clause_doers(comma, verb, index)
            if d.actor_id not in sides and index.country(d.actor_id) not in sides
        ]
        if doers:
            frame = Frame(RelationType.CONDEMNED, verb.lemma_.lower(), "VERB", ())
            out += facts_of(Reading(frame, verb, (verb,), status, 0.75, judges, doers), index)
    return out
