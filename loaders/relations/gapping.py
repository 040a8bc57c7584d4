"""Clauses that share the verb of the clause before: "Vance had spoken with Modi, and Rubio with
Jaishankar and Sharif". The parser hangs the second subject on the verb as a conjunct with its
own "with" phrase; read as a list member it would pair Vance with Rubio. The gapped clause is a
second reading of the same trigger, with the same status, its own subject and objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.frames_apply import Reading, refs_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex


def gapped_subjects(verb: Token) -> list[Token]:
    """Nouns coordinated with a verb, after it, that carry a phrase of their own."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i
        and c.pos_ in ("PROPN", "NOUN")
        and any(g.dep_ == "prep" for g in c.children)
    ]


def gapped_readings(reading: Reading, index: ActorIndex) -> list[Reading]:
    """One reading per gapped clause after the trigger verb, if its phrase names a target."""
    frame, verb = reading.frame, reading.trigger
    if frame.pos != "VERB":
        return []
    preps = tuple(slot[5:] for slot in frame.targets if slot.startswith("prep:"))
    out: list[Reading] = []
    for subject in gapped_subjects(verb):
        targets = refs_of(index, arg.prep_objects([subject], preps))
        sources = refs_of(index, [subject])
        if targets and sources:
            out.append(
                Reading(
                    frame,
                    verb,
                    reading.anchors,
                    reading.status,
                    reading.strength - 0.1,
                    sources,
                    targets,
                    offset=reading.offset,
                )
            )
    return out
