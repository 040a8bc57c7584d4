"""Where an arrest was made, told by what the person was doing then: "was detained in 2017
while visiting his mother in Tehran", "was arrested while travelling in Iran".

A passive arrest with no doer is the state it was made in (`frames_apply._place_agents`); news
often gives that place only in a "while" clause about the person's trip. The clause's own place
("in", "at", on the clause or on its object) or the place visited ("while visiting Tehran") is
where the arrest was. Not a destination ("while travelling to Iran": not yet there), and only a
"while"/"when" clause that happened at the same time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_AT_THE_TIME = words("while when")
_VISITING = words("visit tour")


def places_while(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """Place tokens of a "while"/"when" clause on the verb: its phrases' objects, its object's
    phrases' objects, and what it visits."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.pos_ != "VERB":
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _AT_THE_TIME for c in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        out += arg.prep_objects([clause, *objects], preps)
        if clause.lemma_.lower() in _VISITING:
            out += objects
    return out
