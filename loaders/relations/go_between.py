"""Talks carried by a go-between are no meeting of the parties.

"The United States negotiated a ceasefire between Israel and Lebanon", "Oman passed messages
between Iran and the United States": the verb that makes a third party the mediator also names
the two sides, and read as talks it would make them meet. ANNOTATION.md counts messages passed
through mediators as no meeting; the mediation (MEDIATED, to each party) is the fact told.
Talks the parties held themselves with a mediator present are told with their own verb or noun
("held talks", "met", "Qatar mediated talks between X and Y" keeps its talks noun) and stay.

A mediation told as an open-ended process ("the EU has been mediating talks between Serbia and
Kosovo since 2011", "which has brokered the negotiations among Egypt and Sudan since
November") names a channel, not a meeting of the parties: most such processes run through
shuttle visits and separate sessions, and no sitting of the two sides is told.
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
    return [
        f
        for f in facts
        if not (f.type is RelationType.MET_WITH and (_at(f) in go_betweens or _ongoing(f)))
    ]


# The verbs that make their subject the go-between of the talks they take as object.
_GO_BETWEEN = frozenset({"mediate", "broker", "facilitate"})


def _ongoing(fact: Fact) -> bool:
    """Talks that are the object of a mediation told as a running process: "has been
    mediating talks" (perfect progressive) or "has brokered the negotiations since"."""
    talks = fact.reading.trigger
    verb = talks.head
    if talks.dep_ != "dobj" or verb.lemma_.lower() not in _GO_BETWEEN:
        return False
    kids = {c.lower_ for c in verb.children}
    progressive = verb.tag_ == "VBG" and "been" in kids
    return progressive or "since" in kids


def _at(fact: Fact) -> tuple[int, int]:
    """The trigger verb a fact was read at (a lede is read as a Doc of its own)."""
    trigger = fact.reading.trigger
    return id(trigger.doc), trigger.i
