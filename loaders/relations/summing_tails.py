""" ", a charge Kigali rejects", ", a move Beijing has since condemned", ", which Moscow denies":
the tail News English adds after a comma to sum up what it just reported and who answered it.

The parser reads these tails as nonsense ("charges" a verb and "rejects" a plural noun, the
noun a compound of the actor's name, the clause before the comma an object of the tail's verb),
so one reader takes them from the surface: a comma, "which" or an optional "a"/"an" with
adjectives and a summing noun, an optional "the", an actor, the words that may stand between an
actor and its verb ("has", "also", "repeatedly", ...), and the word after them. What the noun
and the verb must be is each reader's own business: charge_tails wants a claim noun and a verb of
denial, judged_tails a noun of doing or claiming and a verb of judging, denied_reports "which"
and a verb of denial.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex

# What may stand between the actor and its verb: "has long", "also", "has consistently",
# "swiftly", "flatly". A negation is not among them, so "has never denied" reads no tail.
_BETWEEN = words(
    "have has had also always repeatedly consistently strongly vehemently flatly swiftly "
    "quickly promptly long later since immediately"
)

# The phrase a relative tail's noun may carry before "that": "an attack on a key U.S. ally".
_PHRASE_REACH = 6
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"})


@dataclass(frozen=True)
class SummingTail:
    """What a tail names: its summing noun (None after "which"), the first token of the actor
    answering, and the word after the actor (the verb, when the tail is one)."""

    noun: Token | None
    actor: Token
    verb: Token


def _noun_at(comma: Token) -> int | None:
    """Where the summing noun of ", [a|an] [adjectives] <noun>" stands, if anywhere."""
    doc, i = comma.doc, comma.i + 1
    if i < len(doc) and doc[i].lower_ in ("a", "an"):
        i += 1
    while i < len(doc) and doc[i].tag_ in ("JJ", "RB") and doc[i].pos_ != "PROPN":
        i += 1  # "a controversial move", "a widely criticised verdict"
    return i if i < len(doc) else None


def _relative_at(noun: Token) -> int:
    """Where the actor stands after ", an attack [on a ship] that|which <actor>": past a short
    phrase of preposition and nouns and the relative word, if one follows (else right after
    the noun)."""
    doc, i = noun.doc, noun.i + 1
    if i < len(doc) and doc[i].pos_ == "ADP":
        k = i + 1
        while k < min(i + 1 + _PHRASE_REACH, len(doc)) and doc[k].pos_ in _PHRASE_POS:
            k += 1
        i = k
    if i < len(doc) and doc[i].lower_ in ("that", "which"):
        return i + 1
    return noun.i + 1


def summing_tail(comma: Token, index: ActorIndex, relative: bool = False) -> SummingTail | None:
    """The tail after `comma`: ", [a|an] [adjectives] <noun> [the] <actor> [has also] <verb>"
    or ", which [the] <actor> [has also] <verb>", or None when no actor follows. With
    `relative`, the noun may be followed by a short prepositional phrase and "that"/"which"
    (", an attack on the city that Doha condemned")."""
    doc = comma.doc
    if comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ == "which":
        noun, first = None, comma.i + 2
    else:
        at = _noun_at(comma)
        if at is None:
            return None
        noun, first = doc[at], at + 1
        if relative:
            first = _relative_at(noun)
    if first < len(doc) and doc[first].lower_ == "the" and index.span(first) is None:
        first += 1  # "a move the Kremlin condemned"
    span = index.span(first) if first < len(doc) else None
    if span is None:
        return None
    actor, k = doc[first], span[1]
    if k < len(doc) and doc[k].tag_ == "POS":
        owned = _owned_actor(doc[k], index)  # "a verdict Washington's ambassador denounced"
        if owned is None:
            return None
        actor, k = owned, owned.i + 1
    while k < len(doc) and doc[k].lower_ in _BETWEEN:
        k += 1
    return SummingTail(noun, actor, doc[k]) if k < len(doc) else None


def _owned_actor(mark: Token, index: ActorIndex) -> Token | None:
    """The actor a possessive names: "Washington's ambassador" is the ambassador (the one
    judging), past adjectives ("Moscow's new envoy"), when it resolves to an actor."""
    doc, i = mark.doc, mark.i + 1
    while i < len(doc) and doc[i].tag_ == "JJ":
        i += 1
    if i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and index.refs(doc[i]):
        return doc[i]
    return None


def is_claim(noun: Token, claims: frozenset[str]) -> bool:
    """A claim noun by its lemma or its surface: the parser may take "charges" or "claims" in
    a tail for a verb, with a verb's lemma."""
    return noun.lemma_.lower() in claims or noun.lower_.removesuffix("s") in claims
