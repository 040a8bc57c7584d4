"""Who attended a meeting its chair or host is named for: "a meeting chaired by A and attended
by B and C", "talks hosted by A and attended by B".

A meeting named with its chair and its attendees was one table: gold pairs everyone at it,
the chair with each attendee and the attendees with one another. The small model hangs a
second participle ("and attended by") on the clause's verb rather than on the meeting, so it
is found by position: right after the hosting participle's phrase. Only a participle straight
on the meeting counts ("which was to have been attended by" is a relative clause, left out),
and only a meeting with a named host: "a summit attended by 20 leaders" pairs no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives

if TYPE_CHECKING:
    from spacy.tokens import Token

_ATTEND = "attend"


def _attending(participle: Token) -> bool:
    return participle.lemma_.lower() == _ATTEND and participle.tag_ in ("VBN", "VBD")


def attendees_of(noun: Token, hosting: list[Token]) -> list[Token]:
    """The agents of "attended by" said of `noun`, whose hosting participles are `hosting`:
    on the meeting itself, or joined by "and" right after a hosting participle's phrase."""
    found = [c for c in noun.children if c.dep_ == "acl" and _attending(c)]
    doc = noun.doc
    for participle in hosting:
        after = participle.right_edge.i + 1
        if after + 1 < len(doc) and doc[after].lower_ == "and" and _attending(doc[after + 1]):
            found.append(doc[after + 1])
    return [a for p in found for a in passives.agents(p)]
