"""Whose statement a denial answers when it names only the statement: "The U.S. said the
sanctions were back in force. Britain, France and Germany rejected that argument"; "Warsaw said
the drones had targeted Poland. Moscow has denied that the drones were aimed at Poland."

A denial whose object is a definite unowned noun of saying ("that argument", "the claim") or a
that-clause, and that found no target (and no accusation to answer: denials.py reads those),
disputes what was just said: its target is the speaker of the latest that-clause reported in the
same sentence before it or in the sentence before, when that speaker is not the denier's own
side. Nothing is guessed from further back: an older statement may be anybody's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import DENYING, words
from loaders.relations.reported import own_side
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_STATEMENTS = words(
    "argument claim assertion explanation account version interpretation contention suggestion"
)
_DEFINITE = words("the this that these those such")
_SAYING = words("say claim argue insist assert allege contend maintain announce declare")


def _disputes_a_statement(trigger: Token, index: ActorIndex) -> bool:
    """ "rejected that argument" (definite, nobody's) or "denied that the drones were ..."."""
    for child in trigger.children:
        if child.dep_ == "ccomp" and any(g.dep_ == "mark" for g in child.children):
            return True
        if child.dep_ != "dobj" or child.lemma_.lower() not in _STATEMENTS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in child.children):
            continue
        if any(c.dep_ in {"poss", "prep", "acl", "relcl"} for c in child.children):
            continue  # "Kyiv's claim", "the claim by Kyiv", "the claim that ...": read elsewhere
        return all(index.direct(c) is None for c in child.children)
    return False


def _speakers(sent: Span, before: int, index: ActorIndex) -> list[Ref]:
    """The actors saying the last that-clause of a sentence, before token `before`."""
    for verb in reversed([t for t in sent if t.i < before]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAYING:
            continue
        if not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        refs = [r for s in grammatical_subjects(verb) for r in index.refs(s)]
        if refs:
            return refs
    return []


def disputed_sayings(readings: list[Reading], found: list[Fact], index: ActorIndex) -> list[Fact]:
    """REJECTED facts: a denial of "that argument" or "that ..." answers who just said it."""
    answered = {id(f.reading) for f in found if f.type is RelationType.REJECTED}
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.REJECTED or reading.targets:
            continue
        trigger = reading.trigger
        if id(reading) in answered or not reading.sources or reading.offset:
            continue
        if trigger.lemma_.lower() not in DENYING or not _disputes_a_statement(trigger, index):
            continue
        sent = trigger.sent
        speakers = _speakers(sent, trigger.i, index)
        if not speakers and sent.start > 0:
            previous = trigger.doc[sent.start - 1].sent
            speakers = _speakers(previous, previous.end, index)
        speakers = [
            s
            for s in speakers
            if not any(own_side(index, d.actor_id, s.actor_id) for d in reading.sources)
        ]
        out += facts_between(
            reading.sources, RelationType.REJECTED, speakers, reading.status, 0.6, reading
        )
    return out
