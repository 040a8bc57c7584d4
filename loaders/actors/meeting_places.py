"""A capital where a foreign guest met its host is the state visited, so it is an actor.

"Abiy Ahmed held talks with Erdogan in Ankara": ANNOTATION.md counts talks held in the other
side's capital as a visit, so Turkey is an actor of the story though only its capital is named,
and only as a place. Two locals meeting at home ("Scholz met Baerbock in Berlin") make no
visit, and the capital stays a place; so does a third state that only hosts ("signed in Prague
by Obama and Medvedev"), which ANNOTATION.md allows as a visit but does not require. A
person's state comes from the text or, for well-known office-holders, from the curated table
(known_people), both read before this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import capitals, cities

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from spacy.tokens import Doc, Span, Token

_MEETING_WORDS = frozenset({"meet", "talk", "talks", "hold", "host", "receive", "welcome",
                            "greet", "sign", "summit", "meeting", "negotiate", "discuss",
                            "confer"})  # fmt: skip


def foreign_guest_at(place: Span, iso3: str, state_of: Callable[[Token], str | None]) -> bool:
    """True when `place` (a capital or state named as where) is where a meeting word's clause
    has a participant of the state `iso3` (the host) and one of another state (`state_of` a
    token: its person's state, None for none)."""
    prep = place.root.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    host = prep.head
    if host.dep_ == "dobj" and host.lemma_.lower() not in _MEETING_WORDS:
        host = host.head  # "hosted Zelensky in Istanbul": the parser hangs the place on the guest
    if host.lemma_.lower() not in _MEETING_WORDS:
        return False
    clause = host.head if host.pos_ == "NOUN" and host.head.pos_ in ("VERB", "AUX") else host
    inside = range(place.start, place.end)
    states = {state_of(t) for t in clause.subtree if t.i not in inside} - {None}
    return iso3 in states and len(states) > 1


def hosting_cities(
    doc: Doc, claimed: Collection[int], state_of: Callable[[Token], str | None]
) -> list[tuple[Span, str]]:
    """Large cities other than capitals ("hosted Zelensky in Istanbul") where a guest met a
    host of the city's state: that state is visited, though the text never names it."""
    found = []
    for ent in doc.ents:
        iso3 = cities().get(ent.text) if ent.label_ == "GPE" else None
        if (
            iso3 is None
            or ent.text in capitals()
            or any(i in claimed for i in range(ent.start, ent.end))
        ):
            continue
        if foreign_guest_at(ent, iso3, state_of):
            found.append((ent, iso3))
    return found
