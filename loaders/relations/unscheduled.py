"""Plans with no time fixed are no plans: "would be meeting Taliban leaders in the not too distant
future, without giving a date", "will visit at some point, but no date has been set".

ANNOTATION.md records PLANNED only for what is firmly scheduled ("will meet", "is due to
visit"); a meeting or trip the sentence itself leaves undated is an intention, like a hope. The
modality reader sees the future tense and cannot see the hedge, which sits in an adverbial or a
separate clause of the same sentence, so the whole sentence is checked here, and only PLANNED
facts are dropped: "met in May and will meet again at some point" keeps its meeting in May.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from schema.ontology import Status

if TYPE_CHECKING:
    from loaders.relations.facts import Fact

_VAGUE = re.compile(
    r"\b(?:"
    r"in the (?:not[ -]too[ -]distant |near |coming |foreseeable )?future"
    r"|at some (?:point|stage|time)|some ?day|one day|eventually|at a later (?:date|stage)"
    r"|without (?:giving|setting|naming|fixing|announcing|specifying) (?:a|any) (?:date|time)"
    r"|no (?:date|time|timetable|timeline) (?:has|had) (?:yet )?been"
    r"|no (?:date|time|timetable) (?:was|is|has been) (?:yet )?(?:set|fixed|given|announced)"
    r"|(?:date|time) (?:is|was|has) yet to be"
    r")\b"
)


def without_undated_plans(facts: list[Fact]) -> list[Fact]:
    """Every fact but the PLANNED ones whose sentence leaves their time open."""
    return [
        f
        for f in facts
        if f.status is not Status.PLANNED or not _VAGUE.search(f.reading.trigger.sent.text.lower())
    ]
