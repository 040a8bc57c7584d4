""" "a sharp rebuke from Baku days after the fighting": a name the parser swallowed into a time.

When a name is followed by a span of time that dates the clause ("from Baku days after ...",
"sanctions on Damascus weeks after ...", "talks with Blinken hours before ..."), the parser reads
the name as a modifier of the time noun ("Baku days" like "Monday talks"), so every slot that
should hold the name holds "days" instead. A time noun with no number of its own, a name right
before it as its compound, and "after", "before", "later" or "earlier" right after it is that
name, dated; "two days after" (a number) or "the days after" are left as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPANS = words("minute hour day week month year")
_DATING = words("after before later earlier")


def name_before_time(tok: Token) -> Token | None:
    """The proper noun the parser hung as a compound on a dating time noun ("Baku days
    after"), or None."""
    if tok.lemma_.lower() not in _SPANS or tok.tag_ != "NNS" or tok.i + 1 >= len(tok.doc):
        return None
    if tok.doc[tok.i + 1].lower_ not in _DATING:
        return None
    if any(c.dep_ in ("det", "nummod", "amod", "poss") for c in tok.children):
        return None
    name = tok.doc[tok.i - 1] if tok.i > 0 else None
    if name is None or name.head.i != tok.i or name.dep_ != "compound" or name.pos_ != "PROPN":
        return None
    return name
