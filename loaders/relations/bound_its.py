"""A possessive "its" its own clause binds, before any centering across sentences.

- "X's crackdown on dissent and its support for Y": a possessive on the second of two
  coordinated nouns repeats the first one's owner ("his government's crackdown and its
  support" is the government's support, not that of the sentence's subject);
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
        first = owned.head
        owners = [c for c in first.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if owners:
            return owners[0]
    if owned.lemma_.lower() in RELATIONAL_NOUNS:
        verb = owned.head
        if owned.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if owned.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB":
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            return subjects[0] if subjects else None
    return None
