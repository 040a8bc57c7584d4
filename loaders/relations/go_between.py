"""Talks carried by a go-between are no meeting of the parties.

"The United States negotiated a ceasefire between Israel and Lebanon", "Oman passed messages
between Iran and the United States": the verb that makes a third party the mediator also names
the two sides, and read as talks it would make them meet. ANNOTATION.md counts messages passed
through mediators as no meeting; the mediation (MEDIATED, to each party) is the fact told.
Talks the parties held themselves with a mediator present are told with their own verb or noun
("held talks", "met", "Qatar mediated talks between X and Y" keeps its talks noun) and stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import MEDIATED
from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.facts import Fact


# Verbs whose subject is the go-between ("negotiated a truce between"); not "brought them
# together", after which the parties did meet.
_MEDIATING = frozenset(f.lemma for f in MEDIATED if f.pos == "VERB")


def without_mediated_meetings(facts: list[Fact]) -> list[Fact]:
    go_betweens = {
        _at(f)
        for f in facts
        if f.type is RelationType.MEDIATED and f.reading.trigger.lemma_.lower() in _MEDIATING
    }
    return [f for f in facts if not (f.type is RelationType.MET_WITH and _at(f) in go_betweens)]


def _at(fact: Fact) -> tuple[int, int]:
    """The trigger verb a fact was read at (a lede is read as a Doc of its own)."""
    trigger = fact.reading.trigger
    return id(trigger.doc), trigger.i
