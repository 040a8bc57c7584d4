"""The state whose people a killing struck, when they are counted, not named: "rocket fire
killed 12 people in Israel", "Russian strikes killed three civilians in Ukraine". News reports
strikes through their toll as often as through their targets; the place the unnamed dead were
in is the state attacked (the killer's own state is dropped by the caller, so "police killed
protesters in Iran" stays repression)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.actors_at import Ref
from loaders.relations.lexicon import words
from loaders.relations.places import state_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex

# Who may be counted among the dead: "12 people", "three civilians", "two children".
_PEOPLE = words(
    "people person civilian child resident soldier troop policeman officer worker villager "
    "man woman member"
)


def where_killed(verb: Token, index: ActorIndex) -> list[Ref]:
    """The state the counted dead of a killing verb were in ("killed 12 people in Israel")."""
    dead = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PEOPLE]
    if not dead:
        return []
    out: list[Ref] = []
    for place in arg.prep_objects([verb, *dead], ("in", "across", "inside")):
        state = state_at(place, index)
        if state is not None:
            out.append(Ref(state, "proxy", place.i))
    return out[:1]
