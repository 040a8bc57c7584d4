""" "Borrell said the bloc rejected the expulsion and called on Caracas to reverse it", "Wang said
China opposed the sanctions and urged Washington to lift them", "Austin said Washington had urged
Iraqi authorities to investigate": an official who reports his own side's urging makes it too.
So with a condemnation: "Pompeo said Washington strongly condemned the arrest", "Kamikawa told
reporters Tokyo condemned the seizure": the minister who announces it condemns as well. And
with support: "Biden said Washington was fully supportive of Israel", "the adviser said the
United States was grateful to Niger": the leader who declares his side's backing backs too.

The urging (condemnation, support) is read with the clause's subject (the bloc, China,
Washington) for its source; the speaker, who speaks for that side, acts on the same party
(ANNOTATION.md names the official as well as the state). The speaker's side is his state
(`ActorIndex.state_of`) or a body his own description names ("EU foreign policy chief Josep
Borrell"). Only a person speaking, only the verb of saying's own clause or a clause joined to
it, and never a speaker urging (condemning) his own state or himself; the act keeps its status
(a refused or hoped-for urging, a declined condemnation, was dropped before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import words
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

_SAYING = words("say tell add state insist stress explain write confirm note")
_UP = ("conj", "ccomp", "xcomp")
# The acts a speaker makes by reporting that his own side made them.
_SPOKEN = frozenset({RelationType.URGED, RelationType.CONDEMNED, RelationType.SUPPORTED})


def spoken_urgings(found: list[Fact], index: ActorIndex) -> list[Fact]:
    """URGED, CONDEMNED or SUPPORTED by the speaker for each such act he reports his own side
    made."""
    out: list[Fact] = []
    for fact in found:
        if fact.type not in _SPOKEN:
            continue
        saying = _saying_over(fact.reading.trigger)
        if saying is None:
            continue
        for speaker in _speakers(saying, index):
            if speaker.actor_id in (fact.source, fact.target):
                continue
            if index.state_of(speaker.actor_id) == fact.target:
                continue
            if not _speaks_for(saying.doc[speaker.token], fact.source, index):
                continue
            strength = min(fact.confidence, 0.8)
            conf = confidence(strength, speaker)
            out.append(
                Fact(speaker.actor_id, fact.type, fact.target, fact.status, conf, fact.reading)
            )
    return out


def _saying_over(trigger: Token) -> Token | None:
    """The verb of saying whose clause (or a clause joined to it) the urging verb is in; a
    noun trigger is read through the verb that carries it ("said Tokyo had lodged a protest")."""
    tok = trigger
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        tok = tok.head
    for _ in range(4):
        if tok.dep_ not in _UP or tok.head is tok:
            return None
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _SAYING:
            return tok.head
        tok = tok.head
    return None


def _speakers(saying: Token, index: ActorIndex) -> list[Ref]:
    """The people who say it, by name."""
    refs = [r for s in grammatical_subjects(saying) for r in index.refs(s)]
    return [r for r in refs if index.kind(r.actor_id) == "PERSON"]


def _speaks_for(speaker: Token, side: str, index: ActorIndex) -> bool:
    """Whether the side is the speaker's state or a body named in his own description."""
    ref = index.direct(speaker)
    if ref is None:
        return False
    if index.state_of(ref.actor_id) == side:
        return True
    if _named_in_title(speaker, side, index):
        return True  # "NATO Secretary-General Jens Stoltenberg": one mention, the body in it
    head = speaker
    while head.dep_ in ("compound", "appos", "flat") and head.head is not head:
        head = head.head
    return any(r.actor_id == side for r in _described(head, index))


def _described(tok: Token, index: ActorIndex) -> list[Ref]:
    """Actors named in a person's phrase, not in a clause about him ("who met Blinken")."""
    refs = [r for r in [index.direct(tok)] if r is not None]
    for child in tok.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "punct"):
            refs += _described(child, index)
    return refs


def _named_in_title(speaker: Token, side: str, index: ActorIndex) -> bool:
    """Whether the speaker's own mention names the side as a word of his title."""
    span = index.span(speaker.i)
    actor = index.actors.get(side)
    if span is None or actor is None:
        return False
    words_ = speaker.doc[span[0] : span[1]]
    text = words_.text
    names = [actor.name, *actor.aliases]
    if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names if len(n) > 1):
        return True
    initials = "".join(w[0] for w in actor.name.split() if w[:1].isupper())
    return len(initials) > 1 and any(t.text.replace(".", "") == initials for t in words_)
