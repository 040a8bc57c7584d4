"""A discussion only announced is no scheduled meeting.

"Washington would discuss the issue with Kyiv", "he said Washington would negotiate a trade deal
with Spain", "pledged to consult each other in a crisis": the speaker states an intention about
a topic, not a meeting with a time and place. ANNOTATION.md records PLANNED only when firmly
scheduled ("will meet", "is due to visit"); a planned meeting is named as one ("will meet",
"talks next week", "a summit in June") and is read from those words, which this leaves alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from loaders.relations.frames_apply import Reading

_TOPIC_VERBS = words("discuss negotiate consult confer")
"""Verbs of talking about something, which say nothing of a meeting being set."""
_SET = words("due set schedule slate")
"""Governors that do set a time: "are due to discuss the deal with Kyiv on Tuesday"."""


def announced_discussion(reading: Reading) -> bool:
    """A MET_WITH read from "will/would discuss/negotiate/consult with X"."""
    return (
        reading.frame.type is RelationType.MET_WITH
        and reading.status is Status.PLANNED
        and reading.frame.pos == "VERB"
        and reading.frame.lemma in _TOPIC_VERBS
        and reading.trigger.head.lemma_.lower() not in _SET
    )
