"""People who sign or talk for two named sides: the sides signed or talked too.

"A, deputy head of the military council, and B, representing the opposition alliance, signed
the declaration"; "signed by A for the government and by B for the opposition platform";
"A, who heads the government's delegation, and B, the opposition's chief negotiator, signed a
deal". The news names the deal's sides through the people who put their names to it: what the
delegates did, the bodies or states they speak for did (ANNOTATION.md: the level the text
names; the people's own signing or meeting stays too).

A side is read only from the words the text puts beside the person, never from his nationality
alone: the phrase right after his name, up to the next comma or the next person (", representing
X", " on behalf of X", " for X" right after the name, ", head of X's delegation", ", the chief
negotiator of X", ", deputy head of X"), or a title phrase right before it ("X's chief
negotiator, A"). "The government" with no name, as the side a person signs for or leads the
delegation of, is his own state's. Both people must have one side each, and the sides must
differ: two delegates of one side are no two parties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact
from loaders.relations.lexicon import words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span, Token

# Words saying that a person speaks for a side, in the phrase beside his name.
_CUES = words(
    "represent representing representative negotiator delegation delegate envoy behalf "
    "head chief leader"
)
# "head of X", "chief of X": a leader stands for the body he heads only through "of" or a
# possessive; "head of state" names no side.
_LEADING = words("head chief leader")
# A side named without its name: the person's own government.
_OWN_GOVERNMENT = words("government administration regime")
_RAISED = frozenset({RelationType.SIGNED_AGREEMENT_WITH, RelationType.MET_WITH})


def represented_sides(facts: list[Fact], types: Collection[RelationType] = _RAISED) -> list[Fact]:
    """For each signing or meeting of two people whose sentence names the side each speaks
    for, the same relation between the sides."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type not in types:
            continue
        sent = fact.reading.trigger.sent
        index = ActorIndex(sent.doc)
        if index.kind(fact.source) != "PERSON" or index.kind(fact.target) != "PERSON":
            continue
        a = _side(fact.source, sent, index)
        b = _side(fact.target, sent, index)
        if a is None or b is None or a == b:
            continue
        conf = round(fact.confidence - 0.1, 2)
        out.append(Fact(a, fact.type, b, fact.status, conf, fact.reading))
    return out


def _side(person: str, sent: Span, index: ActorIndex) -> str | None:
    """The one side the sentence says the person speaks for, else None."""
    doc = sent.doc
    named = [
        m
        for m in doc._.mentions or []
        if sent.start <= m.start < sent.end and m.how not in ("pronoun", "group")
    ]
    people = sorted({m.start for m in named if index.kind(m.actor_id) == "PERSON"})
    sides: set[str] = set()
    for m in named:
        if m.actor_id != person:
            continue
        later = [p for p in people if p >= m.end]
        stop = min([*later, sent.end])
        sides |= _sides_in(_after(doc[m.end : stop]), person, index)
        earlier = [p for p in people if p < m.start]
        sides |= _sides_in(_before(doc[max(earlier, default=sent.start) : m.start]), person, index)
    return sides.pop() if len(sides) == 1 else None


def _after(window: Span) -> Span | None:
    """The phrase set beside a name after it: ", representing X," or " for X"."""
    doc = window.doc
    start = window.start
    if start < window.end and doc[start].text == ",":
        start += 1
        end = start
        while end < window.end and doc[end].text != ",":
            end += 1
        phrase = doc[start:end]
        if len(phrase) and phrase[0].pos_ in ("VERB", "AUX") and phrase[0].lower_ != "representing":
            return None  # ", said ...": a clause, not a description
        return phrase
    if start < window.end and doc[start].lower_ in ("for", "on"):
        end = start
        while end < window.end and doc[end].text != "," and doc[end].lower_ != "and":
            end += 1
        return doc[start:end]
    return None


def _before(window: Span) -> Span | None:
    """ "X's chief negotiator, A", "by the deputy head of X, A": the title phrase set before
    a name by a comma."""
    doc = window.doc
    if len(window) < 2 or doc[window.end - 1].text != ",":
        return None
    start = window.end - 1
    while start > window.start and not _opens_title(doc[start - 1]):
        start -= 1
    return doc[start : window.end - 1]


def _opens_title(tok: Token) -> bool:
    """Where a title phrase before a name begins: after a comma, "and", "by" or a verb."""
    return tok.text == "," or tok.lower_ in ("and", "by") or tok.pos_ in ("VERB", "AUX")


def _sides_in(phrase: Span | None, person: str, index: ActorIndex) -> set[str]:
    """The bodies or states a description phrase says the person speaks for."""
    if phrase is None or not len(phrase):
        return set()
    if not (phrase[0].lower_ == "for" or any(_cue(t) for t in phrase)):
        return set()
    found: set[str] = set()
    for tok in phrase:
        ref = index.direct(tok)
        if ref is not None and index.kind(ref.actor_id) in ("COUNTRY", "ORGANIZATION"):
            found.add(ref.actor_id)
        elif ref is None and tok.lemma_.lower() in _OWN_GOVERNMENT:
            own = index.state_of(person)
            if own is not None:
                found.add(own)
    return found


def _cue(tok: Token) -> bool:
    """A word saying the person speaks for a side; "head" only as "head of X" or "X's head"."""
    lemma = tok.lemma_.lower()
    if lemma in _LEADING:
        return any(
            (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss" for c in tok.children
        )
    return lemma in _CUES
