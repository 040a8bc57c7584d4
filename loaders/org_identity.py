"""When two organizations read in different articles may be one body, judged by their states.

Organizations were joined across articles on any shared form, and lower-case mentions are shared
by bodies of every state: "the junta", "the military", "the court", "the group". A junta node of
Guinea thus absorbed the juntas of Niger, Mali and Gabon, and "Sudan military" Myanmar's. So a
mention that is no name ("the junta", "generals") never joins anything, two bodies of two
different known states are never one, and a generic office name ("Supreme Court", "Security
Council", "Defence Ministry") joins a body of a state to a stateless one (or back) never: only a
distinctive name ("Wagner", "FSB", "Huawei") does, and a body named alike in two articles
("United Nations") stays one whatever state an article gave it. A body's state is the one the
extraction gave it or, failing that, the state its name begins with ("Mali's military").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.alias_forms import INSTITUTION_WORDS
from loaders.actors.gazetteer import country_names, demonyms

if TYPE_CHECKING:
    from schema.models import Actor

_OFFICE_WORDS = INSTITUTION_WORDS | frozenset(
    {
        "the", "of", "and", "for", "supreme", "constitutional", "high", "district", "regional",
        "council", "assembly", "congress", "senate", "parliament", "commission", "committee",
        "chamber", "agency", "service", "services", "board", "tribunal", "prosecutor", "general",
        "public", "people", "people's", "peoples", "electoral", "election", "republic", "affairs",
        "defense", "ministry", "minister", "interior", "foreign", "military", "armed", "forces",
        "junta", "group", "movement", "alliance", "bloc", "league", "coalition", "front", "fund",
        "company", "organisation", "organization", "union", "party", "rebels", "militants",
        "generals", "treasury", "office", "staff", "house", "upper", "lower", "appeals", "criminal",
    }
)  # fmt: skip
"""Words any state's body may be named by: a name made of them alone is an office, not a body."""

_STATELESS = "stateless"
"""Id suffix for a stateless body whose generic id a body of a state already holds."""


def is_mention(form: str) -> bool:
    """Whether `form` is a plain mention ("the junta", "the military") rather than a name."""
    words = form.split()
    return not any(ch.isupper() for word in words if word.lower() != "the" for ch in word)


def is_distinctive(form: str) -> bool:
    """Whether `form` names one body only ("Wagner", "FSB"), not an office any state has."""
    if is_mention(form):
        return False
    words = (word.strip(".,'’()").lower() for word in form.replace("-", " ").split())
    return any(word and word not in _OFFICE_WORDS for word in words)


def named_state(name: str) -> str | None:
    """The state a body's name begins with: "Mali's military", "Niger junta", "Indian Army"."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    names = country_names()
    for size in range(min(4, len(words) - 1), 0, -1):
        head = " ".join(words[:size])
        for form in (head, head.removesuffix("'s"), head.removesuffix("’s")):
            if form in names:
                return names[form]
            if size == 1 and form in demonyms():
                return demonyms()[form]
    return None


def state_of(actor: Actor) -> str | None:
    """The state a body serves: the one the extraction gave, else the one its name begins with."""
    return actor.country or named_state(actor.name)


def same_body(known: Actor, new: Actor, via: str) -> bool:
    """Whether `new`, matched to `known` through the form `via`, may be the same body."""
    if known.name == new.name and state_of(known) == state_of(new):
        return True  # the same name and state: a re-ingested article's body is its own node
        # again, never a second one (two articles' stateless "the junta" also stay one)
    if is_mention(via):
        return False
    if known.id == new.id and is_distinctive(via):
        return True  # one name of one body ("United Nations"), whatever state an article gave
    mine, theirs = state_of(known), state_of(new)
    if mine and theirs:
        return mine == theirs
    if mine is None and theirs is None:
        return True
    return is_distinctive(via)


def own_id(actor: Actor) -> str:
    """The id of a body whose extracted id a body of another state holds already."""
    state = state_of(actor)
    return f"{actor.id}-{state.lower() if state else _STATELESS}"
