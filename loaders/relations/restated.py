"""A trigger noun set after its clause as a summary of it names the event that clause tells:
"Blinken will meet Lavrov next week, the first meeting between the two since the war" is one
planned meeting, not a second one that happened. Its status is the clause's verb's.

Read only where the shape is plain: the noun hangs on the clause as an afterthought
(npadvmod or appos), a comma or a dash sets it off, and a verb of the same relation type
stands before it in the sentence (the nearest one is the event restated)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from loaders.relations.lexicon import FRAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from schema.ontology import RelationType

_SET_OFF = frozenset({",", "—", "–", "-", "--", ":"})


@cache
def _verbs_of(rtype: RelationType) -> frozenset[str]:
    return frozenset(f.lemma for f in FRAMES if f.type is rtype and f.pos == "VERB")


def restated_verb(noun: Token, rtype: RelationType) -> Token | None:
    """The verb of the clause a trigger noun restates, or None (see the module docstring)."""
    if noun.dep_ not in ("npadvmod", "appos"):
        return None
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text not in _SET_OFF:
        return None
    verbs = _verbs_of(rtype)
    before = [t for t in noun.sent if t.i < start and t.pos_ == "VERB" and t.lemma_ in verbs]
    return before[-1] if before else None
