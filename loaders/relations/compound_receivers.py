"""A receiver the parser fused with the thing given: "sent Ukraine tanks", "would send Kyiv
equipment for four batteries".

The small model reads a name between a giving verb and its object as a compound of the object
("Ukraine tanks") rather than as a second object, so the verb has no dative. A name that opens
the object phrase, with nothing before it (no determiner, no possessive), is the receiver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def fused_receivers(verb: Token) -> list[Token]:
    """The names opening `verb`'s object as a compound, when the verb has no dative."""
    if any(c.dep_ == "dative" for c in verb.children):
        return []
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        first = obj.doc[obj.left_edge.i]
        fused = first.dep_ == "compound" and first.head == obj and first.pos_ == "PROPN"
        # the name must be whole ("Ukraine", not "U.S.-made"): no hyphen after it
        if fused and first.i == verb.i + 1 and obj.doc[first.i + 1].text != "-":
            out.append(first)
    return out
