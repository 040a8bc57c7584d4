"""Second people of a clause whose verb is left out: "Gershkovich was charged with espionage
and Keller with bribery", "Iran sentenced Keller to ten years and Berg to five".

News reports charges and sentences of several people in one clause and drops the repeated verb;
the parser then hangs the second person on the verb ("sentenced ... and Berg") or on the first
charge ("espionage and Keller"), so no slot of the verb reaches them. The gapped person is a
second patient of the same act only when what follows it repeats the verb's own phrase ("to
five", "with bribery") and the first patient is a person too; "charged with espionage and
treason" names no one, "detained Keller and Berg" is an ordinary list the parse already reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.frames_apply import refs_of
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.frames_apply import Reading

_ON_PEOPLE = frozenset({RelationType.DETAINED, RelationType.RELEASED, RelationType.ACCUSED})
_NOUNS = frozenset({"PROPN", "NOUN"})


def gapped_patients(reading: Reading, index: ActorIndex) -> list[Ref]:
    """The people of gapped clauses after the trigger, each to be a target of its act."""
    verb = reading.trigger
    if reading.frame.type not in _ON_PEOPLE or verb.pos_ != "VERB":
        return []
    if not any(index.kind(t.actor_id) == "PERSON" for t in reading.targets):
        return []
    found = refs_of(index, _remnants(verb))
    have = {t.actor_id for t in reading.targets}
    return [r for r in found if index.kind(r.actor_id) == "PERSON" and r.actor_id not in have]


def _remnants(verb: Token) -> list[Token]:
    """Nouns that begin a gapped clause: a conjunct of the verb or of one of its phrases'
    objects, followed by a phrase of the verb with the same preposition as one before it."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    out: list[Token] = []
    for c in verb.children:  # "sentenced Keller to ten years and Berg to five"
        gapped = c.dep_ == "conj" and c.pos_ in _NOUNS and c.i > verb.i
        if gapped and any(p.i > c.i and _repeated(p, preps) for p in preps):
            out.append(c)
    for prep in preps:  # "charged with espionage and Keller with bribery"
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            out += [
                c
                for c in obj.conjuncts
                if c.i > obj.i
                and c.pos_ in _NOUNS
                and any(p.i > c.i and p.lower_ == prep.lower_ for p in preps)
            ]
    return out


def _repeated(prep: Token, preps: list[Token]) -> bool:
    return any(p.i < prep.i and p.lower_ == prep.lower_ for p in preps)
