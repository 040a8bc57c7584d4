"""Who does a participle after a "when" clause: "The dispute erupted in 2018, when Washington
began imposing tariffs, accusing Beijing of theft".

A participle set off by a comma tells what a clause's subject did while doing it, and the parser
hangs it on the sentence's main verb. When that verb's subject is no actor but an event ("the
dispute", "the row", "tensions") it cannot be the one accusing; the doer is the subject of the
subordinate clause the participle follows ("when Washington began ...", "after Moscow expelled
..."), the nearest clause that has an actor for its subject. Only a clause that stands between
the main verb and the participle and opens with a word of time or cause counts, so a participle
hung on a clause whose own subject is an actor ("Russia expelled ...") is never re-read, and one
after a clause with no actor subject ("when the envoys left") reads nobody.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import facts_of
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import Ref
    from loaders.relations.facts import Fact
    from loaders.relations.frames_apply import Reading

# Words opening a clause of time or cause the participle may follow.
_OPENERS = words("when as after since because while once")
_SUBJECTS = ("nsubj", "nsubjpass")


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _SUBJECTS]


def _eventful_head(participle: Token, index: ActorIndex) -> Token | None:
    """The main verb the comma-set participle hangs on, when its subject is a noun but no
    actor ("The dispute erupted ..., accusing"); or that noun itself, when the parser took it
    for the sentence's root and the verbs for its modifiers ("The feud escalated ...")."""
    doc = participle.doc
    head = participle.head
    if participle.tag_ != "VBG" or participle.i < 1 or doc[participle.i - 1].text != ",":
        return None
    if participle.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ == "NOUN":
        subjects = [head]
    elif participle.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        subjects = _subjects(head)
    else:
        return None
    if not subjects or any(s.pos_ == "PRON" or index.refs(s) for s in subjects):
        return None
    return head


def _clause_doers(head: Token, participle: Token, index: ActorIndex) -> list[Ref]:
    """The actor subject of the nearest clause of time or cause between the main verb and the
    participle."""
    doc = head.doc
    for verb in reversed(doc[head.i + 1 : participle.i]):
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "relcl"):
            continue
        if not any(c.lower_ in _OPENERS and c.i < verb.i for c in verb.children):
            continue
        return [r for s in _subjects(verb) for r in index.refs(s)]
    return []


def subordinate_doers(readings: list[Reading]) -> list[Fact]:
    """Facts of participles whose main verb's subject is an event, by the subject of the "when"
    clause they follow (each reading in its own Doc: the lede is read apart)."""
    out: list[Fact] = []
    for reading in readings:
        if reading.sources or not reading.targets:
            continue
        index = ActorIndex(reading.trigger.doc)
        head = _eventful_head(reading.trigger, index)
        if head is None:
            continue
        doers = _clause_doers(head, reading.trigger, index)
        if doers:
            out += facts_of(replace(reading, sources=doers), index)
    return out
