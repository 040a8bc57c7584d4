"""Charges and sentences on "they" at the start of a sentence: the people just detained.

Custody stories go on in a new sentence: "Turkey detained A and B in 2020. They were later
convicted of espionage." The pronoun has no antecedent in its own sentence (them_pronoun looks
no further), yet news uses it for the people whose arrest was just told. So a conviction,
sentence or charge on such a "they" is read on the two or more people the sentence before says
were detained or freed, by the one state or body that held them (or the doer the clause names).
A detention read so on a charge ("convicted of", "sentenced for") is also the holder's
accusation, as everywhere (`accusations_from_detentions`).

A conviction is a charge upheld whatever the crime is called ("a Russian convicted in a
laundering case"): whoever convicted the person accused them (`convictions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.derive import accusations_from_detentions
from loaders.relations.facts import Fact, confidence
from loaders.relations.them_pronoun import them_antecedents
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading

_CHARGING = frozenset({RelationType.DETAINED, RelationType.ACCUSED})
_HELD = frozenset({RelationType.DETAINED, RelationType.RELEASED})
_HOLDERS = frozenset({"COUNTRY", "ORGANIZATION"})
_CONVICTING = frozenset({"convict"})


def _bare_they(trigger: Token) -> bool:
    """The clause's patient is a "they"/"them" with no antecedent in its own sentence."""
    patients = passives.logical_objects(trigger)
    return any(p.lower_ in ("they", "them") and not them_antecedents(p) for p in patients)


def _sentence_before(trigger: Token) -> Span | None:
    start = trigger.sent.start
    return trigger.doc[start - 1].sent if start > 0 else None


def _held_there(facts: list[Fact], start: int, end: int) -> tuple[set[str], set[str]]:
    """(people, holders) of the detentions and releases told between two character offsets
    of the article (the lede is read as a Doc of its own, so offsets, not tokens)."""
    people: set[str] = set()
    holders: set[str] = set()
    for fact in facts:
        at = fact.reading.offset + fact.reading.trigger.idx
        if fact.type in _HELD and start <= at < end:
            people.add(fact.target)
            holders.add(fact.source)
    return people, holders


def charges_on_they(readings: list[Reading], facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """DETAINED and ACCUSED facts for "They were later convicted of ..." after an arrest."""
    out: list[Fact] = []
    for reading in readings:
        trigger = reading.trigger
        if reading.frame.type not in _CHARGING or reading.targets or trigger.pos_ != "VERB":
            continue
        before = _sentence_before(trigger)
        if before is None or not _bare_they(trigger):
            continue
        base = reading.offset
        people, holders = _held_there(facts, base + before.start_char, base + before.end_char)
        doers = {r.actor_id for r in reading.sources if index.kind(r.actor_id) in _HOLDERS}
        holders = doers or holders
        if len(people) < 2 or len(holders) != 1:
            continue
        (holder,) = holders
        kind = reading.frame.type
        for person in sorted(people):
            conf = confidence(reading.strength - 0.3)
            out.append(Fact(holder, kind, person, reading.status, conf, reading))
    return out + accusations_from_detentions(out)


def convictions(facts: list[Fact]) -> list[Fact]:
    """ACCUSED facts: who convicted someone (a detention read off "convicted") accused them."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is RelationType.DETAINED:
            trigger = fact.reading.trigger
            if trigger.pos_ == "VERB" and trigger.lemma_.lower() in _CONVICTING:
                conf = round(fact.confidence - 0.1, 2)
                kind = RelationType.ACCUSED
                out.append(Fact(fact.source, kind, fact.target, fact.status, conf, fact.reading))
    return out
