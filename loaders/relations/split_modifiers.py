"""Coordinated modifiers before one noun: "carried out air and ground attacks against Hamas",
"sea and air strikes against the Houthis". The parser reads the first modifier as the head
("air") and the real noun as its conjunct, and hangs the noun's phrases ("against Hamas") on that
first word. The act's phrases are then the first word's: a trigger noun reads them there too.
(Not yet read: "an air and ground offensive", where the tagger makes "offensive" an adjective,
and "air and drone strikes", where it makes "drone" a verb.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_BETWEEN = ("cc", "conj", "compound", "amod", "punct")


def split_head(noun: Token) -> Token | None:
    """The first modifier the parser made the head of "air and ground <noun>", if it did: a
    conjunct without a determiner of its own, right after "X and" with only modifiers between,
    whose head is a singular bare word (no plural noun, no name: "sanctions and tariffs on X",
    "Israel and Hamas" are lists of their own)."""
    head = noun.head
    if noun.dep_ != "conj" or head.i >= noun.i or head.tag_ not in ("NN", "JJ"):
        return None
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    if head.i + 1 >= len(head.doc) or head.doc[head.i + 1].dep_ != "cc":
        return None
    between = head.doc[head.i + 2 : noun.i]
    if any(t.dep_ not in _BETWEEN or t.head.i not in (head.i, noun.i) for t in between):
        return None
    if head.ent_type_ or any(c.dep_ in ("amod", "compound") for c in head.children):
        return None  # "a cyber attack and a ..." / named things are not bare modifiers
    return head
