"""Act nouns the tagger took for an adjective: "waged a ground offensive against Hamas", "an
air and ground offensive against". "Offensive" is also an adjective ("offensive remarks", "the
posts were offensive"), and after a modifier noun ("ground") the small model often keeps that
reading, so the noun trigger, which asks for a noun, is lost. Here the word counts as the noun
when it stands in a noun's place: it modifies no noun, and has a determiner, possessor or
modifier of its own or is coordinated with a noun ("air and ground offensive").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOUNS_ALSO_ADJECTIVES = words("offensive counteroffensive")
_NOUN_MARKS = frozenset({"det", "poss", "amod", "compound", "nummod"})
_NOUN_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "conj", "acomp", "attr", "appos"})


def noun_lemma(token: Token) -> str | None:
    """The noun lemma of an adjective-tagged act noun in a noun's place; None otherwise."""
    if token.pos_ != "ADJ" or token.lower_ not in _NOUNS_ALSO_ADJECTIVES:
        return None
    if token.dep_ not in _NOUN_SLOTS:
        return None
    marked = any(c.dep_ in _NOUN_MARKS for c in token.children)
    coordinated = token.dep_ == "conj" and token.head.pos_ == "NOUN"
    return token.lower_ if marked or coordinated else None
