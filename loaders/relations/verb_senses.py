"""Senses of a trigger verb its frame does not mean, read from what follows the verb.

"Biden called Netanyahu" is a call, "called Putin a killer" a label, "held him for weeks"
custody and "held talks with him" a meeting; "the two countries clashed
over the S-400" a quarrel, "troops clashed over the weekend" fighting. The lexicon flags the
frames (`bare_object`, `quarrel_preps`); these tests decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import GATHERINGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.lexicon import Frame

# What follows an object and makes the verb one of saying or judging: "called Putin a killer",
# "called him unfit" (a call "to say" that is still a call).
_COMPLEMENTS = frozenset({"oprd", "attr", "acomp", "ccomp"})


def quarrel(frame: Frame, trigger: Token) -> bool:
    """A dispute about a topic, not fighting: a `quarrel_preps` phrase whose object is no span
    of time ("clashed over the weekend" is still fighting)."""
    topics = [
        o
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in frame.quarrel_preps
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(o.ent_type_ not in ("DATE", "TIME") for o in topics)


def complemented(verb: Token) -> bool:
    """A complement after the object, or the label the parser hangs on the object as an
    apposition with no comma before it ("called Zelenskiy \"a dictator\"")."""
    if any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text != ","
        for o in objects
        for c in o.children
    )


_HELD_EVENTS = GATHERINGS | frozenset({"call", "consultations", "discussions", "negotiations",
                                       "election", "elections", "vote", "referendum", "drill",
                                       "drills", "exercise", "exercises", "rally",
                                       "briefing"})  # fmt: skip
"""What one holds or calls that is an event, not a person: "held talks with X", "called a
meeting"."""


def event_object(verb: Token) -> bool:
    """The verb's object is an event it holds or calls ("held talks with his counterpart,
    Kang Sun Nam"): the person named after it is no one held or called."""
    return any(c.dep_ == "dobj" and c.lower_ in _HELD_EVENTS for c in verb.children)
