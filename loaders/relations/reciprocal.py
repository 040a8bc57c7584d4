"""Acts the parties of a pair do to one another: "Canada and India each expelled six of the
other's diplomats", "each accused the other of breaking the truce", "accused one another".

The object names no actor ("the other", "each other"); the parties are the verb's coordinated
subjects, or, when the subject is "each" in a clause hung on another, that clause's subjects, or
one subject that stands for a pair: "both sides", "each side" (the pair the text opposes, see
actors/reciprocal_sides.py), "the two countries". Each party acts on the other, so both
directions are facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.reciprocal_sides import reciprocal_object
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

_DISTRIBUTIVE = frozenset({"each", "both", "they"})


def reciprocal_parties(verb: Token) -> list[Token]:
    """The parties acting on one another at a verb whose object is "the other", or []; a lone
    subject is returned as is, and is a pair only if it stands for two actors (the caller's
    look-up decides)."""
    if not reciprocal_object(verb):
        return []
    subjects = grammatical_subjects(verb)
    if len(subjects) == 1 and subjects[0].lower_ in _DISTRIBUTIVE:
        head = verb.head if verb.dep_ in ("advcl", "conj", "ccomp") else None
        subjects = grammatical_subjects(head) if head is not None else []
    return subjects
