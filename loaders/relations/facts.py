"""From what a trigger asserts (a `Reading`) to relation candidates: pairs, filters, confidence.

The filters are where precision is kept: an end that is not an actor, a target of the wrong kind
(only people are detained, only countries visited), a visit to one's own country, a fact with an
actor on both ends that is the same actor: nothing is emitted.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.relations.announced_talks import announced_discussion
from loaders.relations.crowds import with_a_crowd
from loaders.relations.meeting_sides import one_side
from loaders.relations.negated_ends import kept_ends
from loaders.relations.talks_in_turn import met_in_turn
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.frames_apply import Reading
    from loaders.relations.lexicon import Frame
    from schema.ontology import Status

_HOW_PENALTY = {"pronoun": 0.15, "proxy": 0.1, "surname": 0.0, "name": 0.0}


@dataclass(frozen=True, slots=True)
class Fact:
    source: str
    type: RelationType
    target: str
    status: Status
    confidence: float
    reading: Reading


def confidence(strength: float, *refs: Ref) -> float:
    penalty = sum(_HOW_PENALTY.get(r.how, 0.05) for r in refs)
    return round(max(0.05, min(1.0, strength - penalty)), 2)


def facts_between(
    sources: list[Ref],
    kind: RelationType,
    targets: list[Ref],
    status: Status,
    strength: float,
    reading: Reading,
) -> list[Fact]:
    """Each source acting on each target that is another actor, for readers that find both
    ends themselves (not through `facts_of`); confidence from both ends' kind of mention."""
    return [
        Fact(a.actor_id, kind, b.actor_id, status, confidence(strength, a, b), reading)
        for a in sources
        for b in targets
        if a.actor_id != b.actor_id
    ]


def _allowed(index: ActorIndex, frame: Frame, s: str, t: str) -> bool:
    kind, target_kind = frame.type, frame.target_kind
    if s == t:
        return False
    if frame.source_kind is not None and index.kind(s) != frame.source_kind:
        return False
    if target_kind is not None and index.kind(t) != target_kind:
        return False
    if kind is RelationType.VISITED:
        own = index.country(s)
        return own is None or own != index.country(t)
    if kind is RelationType.ATTACKED:
        return index.kind(t) != "PERSON"
    if kind is RelationType.SUPPORTED and index.kind(t) == "COUNTRY":
        # "praised Macron's commitment to the Paris agreement": one's own state is no ally
        return index.kind(s) != "PERSON" or index.country(s) != index.country(t)
    if kind is RelationType.SANCTIONED and index.kind(t) == "COUNTRY":
        # "signed an order barring U.S. firms from ...": a state's curbs on its own are no
        # sanction of it
        return index.country(s) != index.country(t)
    if kind in (RelationType.DETAINED, RelationType.RELEASED):
        return index.kind(t) == "PERSON"
    return True


def _same_parties(sources: list[Ref], targets: list[Ref]) -> bool:
    """Several sources acting on exactly themselves: a group word resolved to its own subjects
    (one another is read as pairwise parties, not here)."""
    ids = {r.actor_id for r in sources}
    return len(ids) > 1 and ids == {r.actor_id for r in targets}


def _pairs(reading: Reading, index: ActorIndex) -> list[tuple[Ref, Ref, float]]:
    """Source x target; pairwise parties; co-participants of one meeting with one another
    (but not two members of one delegation: "with Lavrov and Ushakov" pairs neither)."""
    doc = reading.trigger.doc
    sources, targets = kept_ends(reading.sources, doc), kept_ends(reading.targets, doc)
    pairwise = kept_ends(reading.pairwise, doc)
    kind = reading.frame.type
    if not kind.symmetric and _same_parties(sources, targets):
        targets = []  # "the US and China called on both sides": the sides are not they
    signed = kind is RelationType.SIGNED_AGREEMENT_WITH
    separate = signed and _separate_deals(reading)
    if separate:
        signers = {s.actor_id for s in sources}  # a co-signer of separate deals is no partner
        targets = [t for t in targets if t.actor_id not in signers]
    out = [(s, t, reading.strength) for s in sources for t in targets]
    if signed and targets and not separate and _one_deal(reading):
        # "the US, Australia and Japan signed an agreement with Papua New Guinea": one text,
        # so its co-signers are parties to one another too
        pairwise = [*pairwise, *sources]
    speakers = _parallel_speakers(index, pairwise)
    for a, b in itertools.combinations(pairwise, 2):
        if kind is RelationType.MEDIATED or one_side(doc[a.token], doc[b.token], reading.trigger):
            continue
        if _across_levels(index, a.actor_id, b.actor_id, speakers):
            continue
        if separate:
            continue  # "A and B signed separate accords with C": A and B signed nothing together
        out.append((a, b, reading.strength - 0.05))
        if not kind.symmetric:
            out.append((b, a, reading.strength - 0.05))
    if kind is RelationType.MEDIATED:
        out += [(s, p, reading.strength) for s in sources for p in pairwise]
    if kind is RelationType.MET_WITH and not _separate(reading) and not _one_by_one(reading):
        for a, b in itertools.combinations(targets, 2):
            # one phrase for several ("met both of them", "met the two leaders") says
            # nothing of their meeting one another
            one_phrase = a.token != b.token and not _own_prepositions(doc[a.token], doc[b.token])
            crowd = with_a_crowd(doc[a.token], doc[b.token])
            if not _one_delegation(index, a.actor_id, b.actor_id) and one_phrase and not crowd:
                out.append((a, b, reading.strength - 0.2))
    return out


def _parallel_speakers(index: ActorIndex, parties: list[Ref]) -> set[str | None]:
    """The states of the people among the parties, when states and people run in parallel
    (each state has its person, each person his state: "the foreign ministers of A, B and C,
    X, Y and Z"); else none ("Putin and a Ukrainian delegation led by Zelensky": Putin met
    Ukraine too)."""
    people = {index.country(r.actor_id) for r in parties if index.kind(r.actor_id) == "PERSON"}
    states = {index.country(r.actor_id) for r in parties if index.kind(r.actor_id) == "COUNTRY"}
    return people if people == states and len(states) > 1 else set()


def _across_levels(index: ActorIndex, a: str, b: str, speakers: set[str | None]) -> bool:
    """ "the foreign ministers of Russia, Iran and Turkey, Lavrov, Araqchi and Fidan, met": a
    state whose own envoy is among the parties meets at its level, through him; Lavrov did
    not meet Iran, Iran's minister did (ANNOTATION.md: the level the text names)."""
    kinds = {index.kind(a), index.kind(b)}
    if kinds != {"PERSON", "COUNTRY"}:
        return False
    state = a if index.kind(a) == "COUNTRY" else b
    return index.country(state) in speakers


def _own_prepositions(a: Token, b: Token) -> bool:
    """ "held calls with Putin and with Zelensky": each under a preposition of its own, two
    conversations rather than one with both."""
    pa, pb = a.head, b.head
    return pa.pos_ == pb.pos_ == "ADP" and pa.i != pb.i and pa.lower_ == pb.lower_


def _one_delegation(index: ActorIndex, a: str, b: str) -> bool:
    """Two people of one state, people whose state is unknown, or bodies (co-hosts of one
    meeting, "hosted by Keidanren and the FKI"): not known to have met (precision first)."""
    if not index.kind(a) == index.kind(b) == "PERSON":
        return True
    return index.country(a) is None or index.country(a) == index.country(b)


# Verbs whose objects are each received in turn: "greeted A, B and C" is no meeting of A with B;
# "said he had spoken to A and B" is two conversations (calls, mostly), not a three-way one.
_ONE_BY_ONE = frozenset(
    {
        "greet",
        "welcome",
        "receive",
        "summon",
        "phone",
        "telephone",
        "call",
        "see",
        "speak",
        "talk",
        "embrace",
        "hug",
    }
)


def _one_by_one(reading: Reading) -> bool:
    """Guests received in turn, or calls and meetings ("spoke by phone with A and B", "clashed
    with meetings with A and B": one each)."""
    trigger = reading.trigger
    by_phone = any(
        c.lower_ == "by" and any(g.lemma_.lower() in _LINES for g in c.children)
        for c in trigger.children
    )
    plural = reading.frame.pos == "NOUN" and trigger.tag_ == "NNS"
    calls = plural and trigger.lemma_ in _ONE_EACH
    calls = calls or _in_calls(reading) or met_in_turn(reading)
    return by_phone or calls or (reading.frame.pos == "VERB" and reading.frame.lemma in _ONE_BY_ONE)


def _in_calls(reading: Reading) -> bool:
    """ "discussed it in calls with Macron and Scholz": the partners hang on plural calls that
    another word was read at; one call each, as with the noun itself."""
    doc = reading.trigger.doc
    heads = [doc[t.token].head for t in reading.targets]
    return any(
        h.lower_ == "with" and h.head.lemma_ in _ONE_EACH and h.head.tag_ == "NNS" for h in heads
    )


_ONE_EACH = frozenset({"call", "meeting"})
"""Nouns whose plural with several partners is one event per partner: "calls with Macron and
Scholz", "meetings with Modi and Merkel" (a joint one is "a meeting with both")."""
_LINES = frozenset({"phone", "telephone", "video", "videolink", "teleconference"})


def _separate(reading: Reading) -> bool:
    words = {c.lower_ for tok in reading.anchors for c in tok.children}
    return bool(words & {"separate", "separately", "respectively"})


_SEPARATE_DEALS = frozenset({"separate", "parallel", "identical", "mirror"})


def _separate_deals(reading: Reading) -> bool:
    """ "signed separate but identical agreements with Turkey", "separately signed deals with":
    one text each, so those who signed are no parties of one another's deal (ANNOTATION.md)."""
    trigger = reading.trigger
    if any(c.lower_ == "separately" for c in trigger.children):
        return True
    deals = [trigger, *reading.anchors, *(c for c in trigger.children if c.dep_ == "dobj")]
    plural = [d for d in deals if d.pos_ == "NOUN" and d.tag_ == "NNS"]  # "a separate pact": one
    return any(c.lower_ in _SEPARATE_DEALS for d in plural for c in d.children)


def _one_deal(reading: Reading) -> bool:
    """The signing verb's object is one deal ("an agreement"), not several ("agreements"),
    nor one each ("each signed a separate document with Turkey"); the caller has ruled out
    separate deals named in the plural (`_separate_deals`)."""
    trigger = reading.trigger
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    each = any(t.lower_ == "each" for h in (trigger, *subjects) for t in h.children)
    return (
        reading.frame.pos == "VERB"
        and len(objects) == 1
        and objects[0].tag_ == "NN"
        and not any(c.lower_ in _SEPARATE_DEALS for c in objects[0].children)
        and not each
    )


def facts_of(reading: Reading, index: ActorIndex) -> list[Fact]:
    frame = reading.frame
    out: list[Fact] = []
    if announced_discussion(reading):
        return out
    for s, t, strength in _pairs(reading, index):
        if not _allowed(index, frame, s.actor_id, t.actor_id):
            continue
        own = index.country(s.actor_id)
        if frame.foreign_only and own is not None and own == index.country(t.actor_id):
            continue
        conf = confidence(strength, s, t)
        out.append(Fact(s.actor_id, frame.type, t.actor_id, reading.status, conf, reading))
    return out


def once_per_article(facts: list[Fact]) -> list[Fact]:
    """A source, type and target once; OCCURRED wins over PLANNED, then higher confidence."""
    best: dict[tuple[str, ...], Fact] = {}
    for fact in facts:
        ends = (
            sorted((fact.source, fact.target))
            if fact.type.symmetric
            else [fact.source, fact.target]
        )
        key = (fact.type.value, *ends)
        kept = best.get(key)
        if kept is None or _better(fact, kept):
            best[key] = fact
    return [f for f in facts if best.get(_key(f)) is f]


def _key(fact: Fact) -> tuple[str, ...]:
    ends = sorted((fact.source, fact.target)) if fact.type.symmetric else [fact.source, fact.target]
    return (fact.type.value, *ends)


def _better(new: Fact, old: Fact) -> bool:
    if new.status != old.status:
        return new.status.value == "OCCURRED"
    return new.confidence > old.confidence
