"""Meetings a sentence reports with several partners that were held one partner at a time.

"Putin also held talks with Erdogan and Raisi", "Kishida held meetings with A and B": a leader
holding talks (plural, no article) with several others on a summit's sidelines held a round of
bilaterals; "held a meeting with A and B", "held trilateral talks with A and B" is one table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from loaders.relations.frames_apply import Reading

_HOLD = words("hold have conduct")
_ROUNDS = words("talk meeting")
# A word making the held talks one table for all: "joint talks", "three-way talks" (parsed
# as "three", "-", "way").
_ONE_TABLE = words("joint trilateral three-way four-way way tripartite quadrilateral multilateral")


def met_in_turn(reading: Reading) -> bool:
    """The reading's partners were met one at a time, so they did not meet one another: "held
    talks with A and B" (plural talks held by the subject, none of them one table)."""
    noun = reading.trigger
    if reading.frame.pos != "NOUN" or noun.lemma_.lower() not in _ROUNDS:
        return False
    if noun.tag_ != "NNS" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _HOLD:
        return False
    return not any(c.dep_ in ("det", "nummod") or c.lower_ in _ONE_TABLE for c in noun.children)
