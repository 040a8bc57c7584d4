"""The sides acting on one another: "each side accused the other", "both sides have blamed each
other", "the two sides traded fire on each other's positions".

A reciprocal object ("the other", "each other", "one another") says the subject is a pair whose
members each act on the other. When that subject is a side word and not a name, the pair is the
one the text sets against each other before it (conflict_sides.py): "Armenia and Azerbaijan
agreed to a truce, but each side accused the other of breaking it", "Fighting between A and B
broke out. Each side blamed the other." The relation stage then reads the verb both ways
(relations/reciprocal.py).

The reciprocal belongs to the nearest verb above it: "agreed to send envoys back to each other's
capitals" is a reciprocal sending, not a reciprocal agreeing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SIDES = frozenset({"side", "sides", "party", "parties"})
_FRONT = frozenset({"each", "both", "two"})
"""What makes a side word the pair itself: "each side", "both sides", "the two parties"; not
"one side", "all parties"."""


_CONTRASTS = frozenset({"hand", "extreme"})
"""'On the other hand', 'to the other extreme': no party acted on."""


def _own_clause(tok: Token, verb: Token) -> bool:
    """The verb is the nearest verb above the token."""
    head = tok.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX") and head.i != verb.i:
        head = head.head
    return head.i == verb.i


def reciprocal_object(verb: Token) -> bool:
    """`verb` acts on "the other", "each other" or "one another" in its own clause, after it:
    "In the other, the two leaders criticised sanctions" names a document, "on the other hand"
    a contrast."""
    for tok in (t for t in verb.subtree if t.i > verb.i and _own_clause(t, verb)):
        if tok.head.lower_ in _CONTRASTS:
            continue
        if tok.lower_ == "other" and any(c.lower_ in ("the", "each") for c in tok.children):
            return True
        if tok.lower_ == "other" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("each", "the"):
            return True
        if tok.lower_ == "another" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "one":
            return True
    return False


def acting_side_word(tok: Token) -> bool:
    """`tok` is the side word of "each side", "both sides", "the two parties" as the subject of
    a verb whose object is the other side; not "each side of the border"."""
    if tok.lower_ not in _SIDES or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.lower_ in _FRONT for c in tok.children if c.i < tok.i):
        return False
    if any(c.dep_ == "prep" for c in tok.children if c.i > tok.i):
        return False
    return tok.head.pos_ in ("VERB", "AUX") and reciprocal_object(tok.head)
