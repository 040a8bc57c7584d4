"""Wars a reader of the news knows the aggressor of: "after the invasion of Ukraine", "the war
in Ukraine". Such nouns name no doer, yet the text asserts the war, and no reader of news from
2022 on is unsure who invaded whom. The table is data, kept small and dated: an entry applies
only to articles published after its start, only when its aggressor is an actor of the article,
and only to the war nouns it lists with the victim named by the noun's own phrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import words
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading


@dataclass(frozen=True, slots=True)
class War:
    aggressor: str
    """ISO3"""
    victim: str
    since: dt.date
    nouns: frozenset[str]


KNOWN_WARS = (War("RUS", "UKR", dt.date(2022, 2, 24), words("invasion war aggression")),)
_VICTIM_PREPS = ("of", "in", "on", "against")


def wars_named_without_doer(
    readings: list[Reading], index: ActorIndex, published: dt.date | None
) -> list[Fact]:
    """The known aggressor's attack for each war noun that names its victim and no doer."""
    if published is None:
        return []
    states = {index.country(a): a for a in index.actors if index.kind(a) == "COUNTRY"}
    out: list[Fact] = []
    for reading in readings:
        noun = reading.trigger
        if reading.frame.type is not RelationType.ATTACKED or reading.frame.pos != "NOUN":
            continue
        if reading.sources or reading.status is not Status.OCCURRED:
            continue
        for war in KNOWN_WARS:
            aggressor, victim = states.get(war.aggressor), states.get(war.victim)
            if published < war.since or aggressor is None or victim is None:
                continue
            if noun.lemma_.lower() not in war.nouns:
                continue
            named = [r for t in arg.prep_objects([noun], _VICTIM_PREPS) for r in index.refs(t)]
            if any(r.actor_id == victim for r in named):
                conf = confidence(reading.strength - 0.2)
                out.append(
                    Fact(aggressor, RelationType.ATTACKED, victim, Status.OCCURRED, conf, reading)
                )
    return out
