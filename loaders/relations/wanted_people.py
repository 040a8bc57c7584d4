"""Whom a warrant is for when it names the arrest, not the person: "issued warrants for his
arrest", "a warrant for Radoicic's arrest".

The lexicon reads "issued an arrest warrant for Putin" (ACCUSED, target the "for" object). When
the object is the act of arresting or handing over, the person wanted is its owner; the actor
index gives an arrest noun no owner (someone's arrest is done to them, not by them), so this
step names the owner itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_CUSTODY_ACTS = words("arrest extradition detention capture")


def wanted_people(objects: list[Token]) -> list[Token]:
    """The owners of the arrest nouns among a warrant's "for" objects ("for his arrest": his)."""
    return [
        child
        for obj in objects
        if obj.lemma_.lower() in _CUSTODY_ACTS
        for child in obj.children
        if child.dep_ == "poss"
    ]
