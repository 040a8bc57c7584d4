"""Support promised in a clause: "Lavrov promised that Moscow would keep helping Mali", "Cameron
pledged that Britain would provide military aid to Ukraine every year".

A promise makes its complement unasserted for most relations (a vow to strike is no strike), so
the clause reads as nothing. For support the promise is itself the act: pledging help is
backing, as ANNOTATION.md counts "pledged support". The clause is then read as a "said ... would"
clause is, the state's help planned; `support.speakers_support` credits the pledger (and the
state he commits) with the support given in the pledge.

Only a clause the promise governs directly (through "keep"/"continue" and coordination) that
carries no negation, condition or modal of possibility of its own, under a promise that itself
happened: "did not promise that ...", "may pledge that ..." give nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from loaders.relations.modality import doubted_in_itself, verb_status
from schema.ontology import Status

if TYPE_CHECKING:
    from spacy.tokens import Token

PLEDGING = words("pledge promise vow assure guarantee")
"""Verbs whose complement is a commitment the speaker makes."""


def pledging_verb(clause: Token) -> Token | None:
    """The promise whose complement the clause is: "promised that Moscow would keep helping"."""
    tok = clause
    for _ in range(4):
        if doubted_in_itself(tok):
            return None
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in PLEDGING:
            return tok.head
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def pledged_status(clause: Token) -> Status | None:
    """PLANNED for support promised in a clause the promise governs, if the promise happened."""
    pledge = pledging_verb(clause)
    if pledge is None or verb_status(pledge) is None:
        return None
    return Status.PLANNED
