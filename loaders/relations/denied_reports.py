""" "allegations of Russian meddling in U.S. elections, which the Kremlin rejects": a denial of
a reported wrong whose accuser the text leaves unnamed.

News English gives the ground of a quarrel as reports or allegations with no one making them,
and the accused's denial in a relative clause: "over reports of Chinese meddling in Canada's
elections, which Beijing denies", "reports that Moroccan services had used spyware to target
Algerian officials, which Rabat has denied". Whoever the wrong was done to is the side that
complains of it, and the denial rejects that side (ANNOTATION.md: REJECTED, target who made the
accusation). The parser reads the tail in many ways ("the Kremlin rejects" as a noun), so it is
read from its surface (summing_tails): a comma, "which", an actor, a verb of denial.

The wronged side is only an actor in the place of one acted on inside the claim's own phrase:
the object of "in", "against", "on", "into" or "at" after a wrong or a verb ("meddling in U.S.
elections", "attacks against Qatar"), or the object of a verb ("to target Algerian officials");
never one named "for" or "with" ("support for Syria"), and never the denier's own side. Where
the sentence already reports an accusation of the denier, charge_tails and denials.py answer it
and nothing is added here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import DENIAL_FORMS, DISPUTED_CLAIMS, Frame, words
from loaders.relations.reported import own_side
from loaders.relations.summing_tails import SummingTail, summing_tail
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.facts import Fact

# What the denied phrase before the comma may be: also unattributed "reports", "suggestions".
_CLAIMS = DISPUTED_CLAIMS | words("report suggestion")
_VICTIM_PREPS = frozenset({"in", "against", "on", "into", "at"})
_CLIMB = 8
_FRAME = Frame(RelationType.REJECTED, "deny", "VERB", (), strength=0.7)


def _denier(comma: Token, index: ActorIndex) -> SummingTail | None:
    """The tail of ", which [the] X [has also] denied", or None."""
    tail = summing_tail(comma, index)
    if tail is None or tail.noun is not None:
        return None
    return tail if tail.verb.lower_ in DENIAL_FORMS else None


def _claim(before: Token) -> Token | None:
    """The claim noun whose phrase ends right before the comma: climbing from its last word."""
    tok = before
    for _ in range(_CLIMB):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CLAIMS:
            return tok
        if tok.head.i == tok.i or tok.dep_ in ("nsubj", "nsubjpass"):
            return None  # the claim is no subject of a clause the tail sums up
        tok = tok.head
    return None


def _acted_on(tok: Token) -> bool:
    """A slot of one acted on: "in/against/on ..." objects, or a verb's object."""
    noun = tok.head if tok.dep_ in ("amod", "compound", "poss") else tok
    if noun.dep_ == "dobj":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _VICTIM_PREPS


def _wronged(claim: Token, comma: Token, index: ActorIndex) -> list[Ref]:
    doc = claim.doc
    inside = [t for t in doc[claim.i + 1 : comma.i] if claim in t.ancestors and _acted_on(t)]
    return [r for t in inside for r in index.refs(t, possessor=True)]


def denied_reports(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """REJECTED facts: the denier of a reported wrong rejects the side it was done to."""
    out: list[Fact] = []
    for comma in (t for t in doc[index.dateline_end : len(doc) - 1] if t.text == ","):
        tail = _denier(comma, index) if comma.i > 0 else None
        claim = _claim(doc[comma.i - 1]) if tail is not None else None
        if tail is None or claim is None:
            continue
        deniers = index.refs(tail.actor)
        sentence = (comma.sent.start_char, comma.sent.end_char)
        if any(
            f.type is RelationType.ACCUSED
            and f.reading.evidence() == sentence
            and any(own_side(index, d.actor_id, f.target) for d in deniers)
            for f in facts
        ):
            continue  # an accuser is named: charge_tails and denials.py answer it
        wronged = [
            w
            for w in _wronged(claim, comma, index)
            if not any(own_side(index, d.actor_id, w.actor_id) for d in deniers)
        ]
        reading = Reading(_FRAME, tail.verb, (tail.verb,), Status.OCCURRED, 0.7, deniers, wronged)
        out += facts_between(deniers, RelationType.REJECTED, wronged, Status.OCCURRED, 0.7, reading)
    return out
