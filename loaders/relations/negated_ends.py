"""Ends a sentence names only to exclude: "met Chinese officials, but not Xi Jinping", "sanctioned
Iran but not Russia", "condemned Russia, not Ukraine".

The parser joins the excluded name to the list as a conjunct (or an apposition) and hangs the
"not" on it as `neg`; every reader of arguments that takes a list's conjuncts would take it too.
It is dropped once here, on the ends of a reading, rather than in each reader of lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import Ref

_NAME_PARTS = ("compound", "flat", "amod", "det", "poss", "case")


def _phrase_head(tok: Token) -> Token:
    while tok.dep_ in _NAME_PARTS and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def negated_end(tok: Token) -> bool:
    """A noun phrase that carries its own "not": "not Putin", "but not Xi Jinping"."""
    head = _phrase_head(tok)
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("conj", "appos"):
        return False
    return any(c.dep_ == "neg" and c.i < head.i for c in head.children)


def kept_ends(refs: list[Ref], doc: Doc) -> list[Ref]:
    """The refs whose mention the sentence does not exclude with "not"."""
    return [r for r in refs if not negated_end(doc[r.token])]
