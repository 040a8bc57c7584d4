"""Whether what someone serves or receives is a prison term: "is serving 25 years", "received
six and a half years", "served a decade of a 25-year term" are; "received years of training",
"served two terms as president" are not.

A term is named by "sentence" or "term" (not an office's term: "as president"), or counted in
years or months with nothing "of" after it (a count of something else)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

TERM_NOUNS = words("sentence term")
COUNTED_NOUNS = words("year month")


def _is_term(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in TERM_NOUNS:
        return True
    if lemma not in COUNTED_NOUNS or not any(c.dep_ == "nummod" for c in noun.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def serves_a_term(verb: Token) -> bool:
    """The verb's object is a prison term, or a span of one ("a decade of a 25-year term"); a
    term held in an office ("served two terms as president") is none."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    objects = passives.logical_objects(verb)
    return any(_is_term(o) for o in objects + arg.prep_objects(objects, ("of",)))
