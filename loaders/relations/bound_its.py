"""A possessive "its" its own clause binds, before any centering across sentences.

- "X's crackdown on dissent and its support for Y": a possessive on the second of two
  coordinated nouns repeats the first one's owner ("his government's crackdown and its
  support" is the government's support, not that of the sentence's subject); the parser often
  hangs the second noun on the first one's prepositional object instead ("Iran's crackdown on
  protests and its supply of drones": "protests" owns nothing), so a common noun with no owner
  passes the question up to the noun its preposition belongs to; when it hangs the second noun
  (or its preposition) on the verb ("have soured over Iran's crackdown ... and its supply",
  "over Iran's programme, and over its supply"), the nearest named owner between that head and
  "its" is the one the series repeats;
- "Russia invaded its neighbour", "France said Russia had invaded its neighbour": a noun that
  names a relation to its owner (neighbour, ally, rival) takes the subject of its own verb;
  the owner cannot be the main-clause subject, who is no neighbour of itself in the reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import RELATIONAL_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def bound_possessor(its: Token) -> Token | None:
    """The token that owns what "its" owns, when the clause decides it; else None."""
    owned = its.head
    if owned.dep_ == "conj":
        owner = _first_conjunct_owner(owned.head)
        if owner is not None:
            return owner
    start = _series_start(owned.head if owned.dep_ == "pobj" else owned)
    if start is not None:
        owners = [
            t for t in its.doc[start : its.i] if t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN")
        ]
        if owners:
            return owners[-1]
    if owned.lemma_.lower() in RELATIONAL_NOUNS:
        verb = owned.head
        if owned.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if owned.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB":
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            return subjects[0] if subjects else None
    return None


def _first_conjunct_owner(first: Token) -> Token | None:
    """The named owner of the first of two coordinated nouns, or of the noun whose prepositional
    object it is when it is a common noun with no owner ("Iran's crackdown on protests")."""
    while True:
        owners = [c for c in first.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if owners:
            return owners[0]
        prep = first.head
        if first.pos_ != "NOUN" or first.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        if prep.head.pos_ != "NOUN":
            return None
        first = prep.head


def _series_start(joined: Token) -> int | None:
    """Where the series that `joined` ends begins, when the parser hung it on the verb: as a
    conjunct of the verb or of an earlier preposition, or as a repeat of an earlier preposition
    of the same verb ("over A, over B's C, and over its D"); else None."""
    if joined.dep_ == "conj" and joined.head.pos_ in ("VERB", "AUX", "ADP"):
        return joined.head.i
    if joined.dep_ == "prep" and joined.head.pos_ in ("VERB", "AUX"):
        same = [c for c in joined.head.children if c.lower_ == joined.lower_ and c.i < joined.i]
        if same:
            return same[0].i
    return None
