"""Events implied by relations (a meeting, a visit, a detention), one per happening.

The same meeting reported in several sentences is one event: events of one type and status whose
dates agree and whose participants overlap (two shared participants for a meeting, all for the
rest) are merged, participants united.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.gazetteer import country_names
from loaders.candidates import EventCandidate
from loaders.relations.actors_at import ActorIndex
from loaders.relations.places import country_of_place
from schema.ontology import EventType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.dates import FactDate
    from loaders.relations.facts import Fact
    from schema.ontology import ParticipantRole


def place_of(anchors: tuple[Token, ...], index: ActorIndex) -> str | None:
    """A location named by "in X"/"at X" on the fact's verb: a place that is no actor ("in
    Guilin", "at the Alpine resort of Buergenstock"), or a city that stands for its state as an
    actor ("talks in Moscow": Moscow is where they met, Russia who took part)."""
    hosts = [
        *anchors,
        *(o for a in anchors for c in a.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)),
    ]
    for anchor in hosts:
        for prep in anchor.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                ent = next((e for e in anchor.doc.ents if e.start <= pobj.i < e.end), None)
                if ent is None or ent.label_ not in ("GPE", "LOC", "FAC"):
                    continue
                if ent.text in country_names():
                    continue  # "talks in Hungary": the state is an actor or a destination
                if not index.refs(pobj) or country_of_place(ent.text) is not None:
                    return ent.text
    return None


def _event_of(fact: Fact, when: FactDate | None) -> EventCandidate | None:
    spec = fact.type.spec
    etype = spec.event_type
    if etype is None:
        return None
    ends = (fact.source, fact.target)
    roles = () if spec.roles is None else tuple(zip(ends, spec.roles, strict=True))
    start, end = fact.reading.evidence()
    index = ActorIndex(fact.reading.trigger.doc)
    place = place_of(fact.reading.anchors, index)
    return EventCandidate(
        type=etype,
        participant_ids=tuple(sorted({fact.source, fact.target})),
        status=fact.status,
        date=when.day if when else None,
        place=place,
        sent_start=start,
        sent_end=end,
        roles=roles,
        date_precision=when.precision if when else None,
        place_country=country_of_place(place) if place else None,
    )


def _same(a: EventCandidate, b: EventCandidate) -> bool:
    if a.type != b.type or a.status != b.status:
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    shared = set(a.participant_ids) & set(b.participant_ids)
    if a.type is EventType.MEETING:
        return len(shared) >= 2 or (len(shared) >= 1 and a.sent_start == b.sent_start)
    return shared == set(a.participant_ids) == set(b.participant_ids)


def _merge(a: EventCandidate, b: EventCandidate) -> EventCandidate:
    return EventCandidate(
        type=a.type,
        participant_ids=tuple(sorted(set(a.participant_ids) | set(b.participant_ids))),
        status=a.status,
        date=a.date or b.date,
        place=a.place or b.place,
        sent_start=a.sent_start,
        sent_end=a.sent_end,
        roles=_merged_roles(a.roles, b.roles),
        date_precision=a.date_precision if a.date else b.date_precision,
        place_country=a.place_country if a.place else b.place_country,
    )


def _merged_roles(
    first: tuple[tuple[str, ParticipantRole], ...], second: tuple[tuple[str, ParticipantRole], ...]
) -> tuple[tuple[str, ParticipantRole], ...]:
    """Each actor keeps the role of the first report that names it."""
    kept = dict(second) | dict(first)
    return tuple(sorted(kept.items()))


def events_of(facts: list[Fact], dates: list[FactDate | None]) -> list[EventCandidate]:
    """One event per happening, merged across the sentences that report it."""
    merged: list[EventCandidate] = []
    for fact, when in zip(facts, dates, strict=True):
        event = _event_of(fact, when)
        if event is None:
            continue
        for i, kept in enumerate(merged):
            if _same(kept, event):
                merged[i] = _merge(kept, event)
                break
        else:
            merged.append(event)
    return merged
