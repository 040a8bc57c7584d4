"""Acts the parties of a pair do to one another: "Canada and India each expelled six of the
other's diplomats", "each accused the other of breaking the truce", "accused one another".

The object names no actor ("the other", "each other"); the parties are the verb's coordinated
subjects, or, when the subject is "each" in a clause hung on another, that clause's subjects.
Each party acts on the other, so both directions are facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

_DISTRIBUTIVE = frozenset({"each", "both", "they"})


def _own_clause(tok: Token, verb: Token) -> bool:
    """The verb is the nearest verb above the token: "agreed to send envoys back to each other's
    capitals" is a reciprocal sending, not a reciprocal agreeing (nor condemning)."""
    head = tok.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX") and head.i != verb.i:
        head = head.head
    return head.i == verb.i


def _reciprocal_object(verb: Token) -> bool:
    for tok in (t for t in verb.subtree if _own_clause(t, verb)):
        if tok.lower_ == "other" and any(c.lower_ in ("the", "each") for c in tok.children):
            return True
        if tok.lower_ == "other" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("each", "the"):
            return True
        if tok.lower_ == "another" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "one":
            return True
    return False


def reciprocal_parties(verb: Token) -> list[Token]:
    """The parties acting on one another at a verb whose object is "the other", or []."""
    if not _reciprocal_object(verb):
        return []
    subjects = grammatical_subjects(verb)
    if len(subjects) == 1 and subjects[0].lower_ in _DISTRIBUTIVE:
        head = verb.head if verb.dep_ in ("advcl", "conj", "ccomp") else None
        subjects = grammatical_subjects(head) if head is not None else []
    return subjects if len(subjects) > 1 else []
