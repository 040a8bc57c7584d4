"""Facts implied by other facts and by the story.

Talks held in the other side's capital are a visit there: "Biden met Zelenskiy in Kyiv", "Kim
held talks with Putin at Russia's launch site" -> the guest VISITED the host's country. Only when
the place is named as an actor of kind COUNTRY (a capital or the state itself, as resolved by the
actor stage), is the host's country, and not the guest's.

A mediation whose parties the sentence leaves implicit ("a deal brokered by the Gulf state",
"talks facilitated by Saudi Arabia", "has mediated between the two sides") is between the
story's two parties: the pair that signed or met in a coordinated subject ("X and Y signed"),
else the coordinated pair the lede opens with ("Kosovo and Serbia have agreed ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, confidence
from loaders.relations.freed_ones import doers_are_the_freed, freed_people
from loaders.relations.lexicon import AGREEMENT_NOUNS, CHARGE_NOUNS, CRIME_NOUNS, words
from loaders.relations.own_body import international_officer
from loaders.relations.own_parties import names_other_sides
from loaders.relations.places import MEETING_PLACE_PREPS, own_anchors, premises
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from loaders.relations.frames_apply import Reading

_MEDIATED_THINGS = AGREEMENT_NOUNS | words("talk negotiation dialogue meeting process summit")
_HOSTING = frozenset({"receive", "host", "welcome", "greet"})
_CHARGING = (RelationType.ACCUSED, RelationType.DETAINED)
# How far up from a relative clause's noun the charge it is inside may be: "charges" < "of" <
# "spying" < "for" < "Israel", which he denied.
_CHARGE_CLIMB = 5


def _place_tokens(anchor: Token) -> list[Token]:
    objects = [o for c in anchor.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    places = arg.prep_objects([anchor, *objects], MEETING_PLACE_PREPS)
    if anchor.dep_ == "relcl" and any(c.lower_ == "where" for c in anchor.children):
        places.append(anchor.head)
    return places


def _place_countries(anchors: tuple[Token, ...], index: ActorIndex) -> set[str]:
    out: set[str] = set()
    for anchor in anchors:
        for tok in _place_tokens(anchor):
            if premises(tok):
                continue
            for ref in index.refs(tok, possessor=True):
                if index.kind(ref.actor_id) == "COUNTRY":
                    out.add(ref.actor_id)
    return out


def visits_from_meetings(facts: list[Fact]) -> list[Fact]:
    """A guest's visit for every meeting held in the host's country.

    The places are read in the Doc of the meeting's own reading: the lede is parsed again
    without its dateline ("MOSCOW - Khan held talks with Putin in the Kremlin"), and its tokens
    only mean something in the index of that Doc."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is not RelationType.MET_WITH:
            continue
        index = ActorIndex(fact.reading.trigger.doc)
        anchors = own_anchors(fact.reading.trigger, fact.reading.anchors)
        for country in _place_countries(anchors, index):
            code = index.country(country)
            for guest, host in ((fact.source, fact.target), (fact.target, fact.source)):
                if index.kind(guest) != "PERSON" or code is None:
                    continue
                if _guest_from_abroad(guest, host, code, index):
                    conf = round(fact.confidence - 0.2, 2)
                    out.append(
                        Fact(guest, RelationType.VISITED, country, fact.status, conf, fact.reading)
                    )
    return out


def _guest_from_abroad(guest: str, host: str, code: str, index: ActorIndex) -> bool:
    """A guest of another state, met by a host of this one or of none; or an officer of an
    international body met by a host of this state ("Michel met Xi in Beijing"): the body's
    officer is at home nowhere, but a meeting of two officers of no state places neither."""
    own, hosts = index.country(guest), index.country(host)
    if own is not None:
        return own != code and hosts in (None, code)
    return hosts == code and international_officer(index, guest)


def visits_from_receptions(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """A guest received by a head of state came to the host's country ("Xi received Blinken")."""
    states = {index.country(a): a for a in index.actors if index.kind(a) == "COUNTRY"}
    out: list[Fact] = []
    for fact in facts:
        trigger = fact.reading.trigger
        if fact.type is not RelationType.MET_WITH or trigger.lemma_.lower() not in _HOSTING:
            continue
        ends = _host_and_guest(fact)
        if ends is None:
            continue
        host, guest = ends
        home, away = index.country(host), index.country(guest)
        state = states.get(home)
        if state is None or away is None or away == home or fact.reading.status is None:
            continue
        if _among_the_freed(trigger):
            continue
        if len({index.country(r.actor_id) for r in fact.reading.sources}) > 1:
            continue  # "Macron and Scholz hosted him in Paris": co-hosts of two states, one place
        conf = round(fact.confidence - 0.25, 2)
        out.append(Fact(guest, RelationType.VISITED, state, fact.status, conf, fact.reading))
    return out


def _host_and_guest(fact: Fact) -> tuple[str, str] | None:
    """The host is the one who hosts: "Safadi hosted Mekdad and the Saudi minister in Amman"
    also pairs the two guests, neither of whom came to the other's country."""
    hosts = {r.actor_id for r in fact.reading.sources}
    if fact.source in hosts and fact.target not in hosts:
        return fact.source, fact.target
    if fact.target in hosts and fact.source not in hosts:
        return fact.target, fact.source
    return None


_FREED = frozenset({"release", "free", "freed", "released", "pardon", "pardoned", "swap"})


def _among_the_freed(verb: Token) -> bool:
    """ "greeted Kara-Murza and other released dissidents": freed prisoners flown in are
    received, not visiting."""
    guests = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    return any(
        m.dep_ == "amod" and (m.lemma_.lower() in _FREED or m.lower_ in _FREED)
        for g in guests
        for m in g.children
    )


_CONVICTING = frozenset({"convict", "sentence", "charge", "indict"})


def _found_guilty(verb: Token) -> bool:
    """ "sentenced them to death after finding them guilty of acting as mercenaries": the
    verdict before the sentence upholds a charge, whatever "guilty of" names."""
    findings = [
        c
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "after"
        for c in prep.children
        if c.dep_ == "pcomp" and c.lemma_.lower() == "find"
    ]
    return any(
        g.lower_ == "guilty" and g.head.i == f.i and any(p.lower_ == "of" for p in g.children)
        for f in findings
        for g in f.subtree
    )


def _charged(verb: Token) -> bool:
    """A detention on a charge: "on suspicion of espionage", "a sentence for spying"; or on
    the conjoined verb that tells the charge: "was arrested in 2020 and charged with terrorism",
    "was detained in 2016 and sentenced to ten years for espionage"."""
    if _charged_here(verb):
        return True
    for conj in verb.conjuncts:
        if _placed_elsewhere(conj):
            continue  # "arrested in Haiti and later sentenced in New York": another jurisdiction
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in conj.children):
            continue  # "detained last year but never charged"
        lemma = conj.lemma_.lower()
        if lemma in _CONVICTING and lemma != "sentence":
            return True  # "arrested and charged", "detained and later convicted"
        if lemma == "sentence" and _charged_here(conj):
            return True
    return False


def _placed_elsewhere(verb: Token) -> bool:
    """ "later convicted in the United States": the conjoined verb names its own place, so the
    court that charged may be another state's than the one that made the arrest."""
    return any(o.ent_type_ in ("GPE", "LOC") for o in arg.prep_objects([verb], ("in",)))


def _sentenced_for_a_deed(verb: Token, hosts: list[Token]) -> bool:
    """ "sentenced him to 27 years for plotting a coup": after a sentence or conviction, a
    gerund under "for" is the deed the court punished (a detention "for questioning" is no
    sentence, so only verbs of conviction count)."""
    if verb.lemma_.lower() not in _CONVICTING:
        return False
    return any(o.tag_ == "VBG" for o in arg.prep_objects(hosts, ("for",)))


def _charged_here(verb: Token) -> bool:
    """The charge hung on the detaining verb itself, its object or its term."""
    # "sentenced him to 16 years for espionage": the crime hangs on the term
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    terms = arg.prep_objects([verb], ("to",))
    # "to 12 years in a penal colony for treason": the crime may hang on the place of the term
    # (which the parser hangs on the term or on the verb)
    hosts += terms + arg.prep_objects([verb, *terms], ("in",))
    # "serving a term in Russia after being convicted of espionage": the conviction dates it
    after = [c for c in arg.prep_objects([verb], ("after",)) if c.lemma_.lower() in _CONVICTING]
    hosts += after
    if _found_guilty(verb):
        return True  # guilty of whatever the court names: a charge upheld
    for obj in arg.prep_objects(hosts, ("on",)):
        # "on spying charges", which the parser reads as "on spying" with an object "charges"
        words = [obj, *(c for c in obj.children if c.dep_ in ("dobj", "compound"))]
        if any(w.lemma_.lower() in CHARGE_NOUNS for w in words):
            return True
    # "for spying", "convicted of treason" ("spying" is lemmatised "spy": match both)
    crimes = arg.prep_objects(hosts, ("for", "of")) + arg.prep_objects(after, ("with",))
    if _sentenced_for_a_deed(verb, hosts):
        return True
    return any(o.lemma_.lower() in CRIME_NOUNS or o.lower_ in CRIME_NOUNS for o in crimes)


def accusations_from_detentions(facts: list[Fact]) -> list[Fact]:
    """A detention on a charge is also the detainer's accusation of the detainee."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is RelationType.DETAINED and _charged(fact.reading.trigger):
            conf = round(fact.confidence - 0.1, 2)
            out.append(
                Fact(
                    fact.source, RelationType.ACCUSED, fact.target, fact.status, conf, fact.reading
                )
            )
    return out


def rejected_charges(readings: list[Reading], facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """ "serving a sentence for espionage, a charge he denies": he rejects whoever charged him,
    the accuser or jailer of the same sentence; when that sentence names none ("has been held
    since 2019 on espionage charges that he denies"), the one the story says holds him."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.REJECTED or reading.targets:
            continue
        if not _denies_charge(reading.trigger):
            continue
        rejecters = {r.actor_id for r in reading.sources}
        charging = [
            f for f in facts if f.type in _CHARGING and f.reading.evidence() == reading.evidence()
        ]
        chargers = {f.source for f in charging if f.target in rejecters}
        if not charging:  # a sentence that charges someone else says whom "he" is
            chargers = _story_jailers(rejecters, facts, index)
        conf = confidence(reading.strength - 0.3, *reading.sources)
        # "charges that both he and the U.S. government reject": all who deny the charge
        # reject whoever brought it
        out += [
            Fact(r, RelationType.REJECTED, charger, reading.status, conf, reading)
            for charger in sorted(chargers)
            for r in sorted(rejecters)
            if r != charger
        ]
    return out


def _story_jailers(rejecters: set[str], facts: list[Fact], index: ActorIndex) -> set[str]:
    """The one state the story says holds one of the rejecters (a court and its state both
    holding them is the state), or nobody when it names several or none."""
    holders = {f.source for f in facts if f.type is RelationType.DETAINED and f.target in rejecters}
    states = {h for h in holders if index.kind(h) == "COUNTRY"} or holders
    return states if len(states) == 1 else set()


def _denies_charge(verb: Token) -> bool:
    """What the verb denies is a charge: its object ("denied the espionage charge"), or the
    charge noun a relative clause hangs on ("on espionage charges that he denies", "on charges
    of spying for Israel, which he denied", where the parse hangs the clause on the nearest
    noun, inside the charge)."""
    charges = CHARGE_NOUNS | CRIME_NOUNS  # "a term for spying, which he denies"
    objects = passives.logical_objects(verb)
    if any(o.lemma_.lower() in charges or o.lower_ in charges for o in objects):
        return True
    if verb.dep_ not in ("relcl", "acl") or any(
        c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in verb.children
    ):
        return False
    tok = verb.head
    for _ in range(_CHARGE_CLIMB):
        if tok.lemma_.lower() in charges or tok.lower_ in charges:
            return True
        if tok.dep_ not in ("pobj", "prep", "pcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def releases_by_detainers(
    readings: list[Reading], facts: list[Fact], index: ActorIndex
) -> list[Fact]:
    """A release with no "by" ("Griner was freed on Thursday") is by whoever the story says held
    the person: only the one holding someone can free them. Where a court and a state both
    held them, the state frees."""
    jailers: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.type is RelationType.DETAINED:
            jailers.setdefault(fact.target, []).append(fact)
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.RELEASED:
            continue
        if reading.sources and not doers_are_the_freed(reading, index):
            continue
        for target in freed_people(reading):
            holders = {f.source for f in jailers.get(target.actor_id, [])}
            states = {h for h in holders if index.kind(h) == "COUNTRY"}
            holders = states or holders
            if len(holders) != 1:
                continue  # held by several, or by nobody we know: say nothing
            conf = confidence(reading.strength - 0.3, target)
            (holder,) = holders
            out.append(
                Fact(holder, RelationType.RELEASED, target.actor_id, reading.status, conf, reading)
            )
    return out


def story_parties(lede: Span | None, index: ActorIndex) -> list[str]:
    """The two sides of the story: the coordinated pair the lede opens with."""
    for tok in lede or []:
        if tok.dep_ in ("nsubj", "nsubjpass") and len(tok.conjuncts) == 1:
            ids = [r.actor_id for t in (tok, *tok.conjuncts) for r in index.refs(t)[:1]]
            if len(set(ids)) == 2:
                return ids
        if tok.dep_ in ("nsubj", "nsubjpass") and not tok.conjuncts:
            # "The leaders of Armenia and Azerbaijan", "Russian and Ukrainian negotiators"
            ids = list(dict.fromkeys(r.actor_id for r in index.refs(tok)))
            if len(ids) == 2:
                return ids
    return []


def _mediates_a_deal_or_talks(reading: Reading) -> bool:
    """Deals and talks are mediated ("brokered a deal", "mediated between"); corridors are not."""
    objects = passives.logical_objects(reading.trigger)
    return not objects or any(o.lemma_.lower() in _MEDIATED_THINGS for o in objects)


def implicit_mediations(
    readings: list[Reading], parties: list[str], index: ActorIndex
) -> list[Fact]:
    """Mediators of a deal or talks whose parties the sentence does not name."""
    out: list[Fact] = []
    if len(parties) != 2:
        return out
    for reading in readings:
        if reading.frame.type is not RelationType.MEDIATED or len(reading.pairwise) >= 2:
            continue
        if not _mediates_a_deal_or_talks(reading) or _the_mediators_side(reading, parties, index):
            continue
        if names_other_sides(reading, parties):  # another deal's mediation
            continue
        for source in reading.sources:
            if source.actor_id in parties:
                continue
            conf = confidence(reading.strength - 0.25, source)
            for party in parties:
                fact = Fact(
                    source.actor_id, RelationType.MEDIATED, party, reading.status, conf, reading
                )
                out.append(fact)
    return out


def _the_mediators_side(reading: Reading, parties: list[str], index: ActorIndex) -> bool:
    """ "Erdogan and Guterres met Zelensky ... Ankara and the U.N. brokered the deal": where the
    story's pair holds a mediator or one of its people, the pair is the mediators, not the
    sides; where a mediator is one of the pair's people, the sides made the deal themselves."""
    mediators = {s.actor_id for s in reading.sources}
    states = {index.country(m) for m in mediators if index.kind(m) == "COUNTRY"} - {None}
    party_states = {index.country(p) for p in parties if index.kind(p) == "COUNTRY"} - {None}
    # "the deal, hammered out by EU negotiator Barnier and Britain's Barclay": a negotiator of
    # one of the sides hammers out his own side's deal
    if any(index.kind(m) == "PERSON" and index.country(m) in party_states for m in mediators):
        return True
    return any(
        p in mediators or (index.kind(p) == "PERSON" and index.country(p) in states)
        for p in parties
    )


def holding_states(facts: list[Fact], index: ActorIndex) -> dict[str, set[str]]:
    """Person -> the states the story says held or released them (only who holds frees)."""
    return ranked_holders(facts, index, (RelationType.RELEASED, RelationType.DETAINED))


def ranked_holders(
    facts: list[Fact], index: ActorIndex, kinds: tuple[RelationType, ...]
) -> dict[str, set[str]]:
    """Person -> the states with facts of `kinds` on them, those that held them for a term
    before those that only arrested them."""
    ranked: dict[str, dict[int, set[str]]] = {}
    for fact in facts:
        held = fact.type in kinds and index.kind(fact.source) == "COUNTRY"
        if held and not handed_on(fact, index):
            rank = 1 if fact.reading.trigger.lemma_.lower() in _ARRESTS else 0
            ranked.setdefault(fact.target, {}).setdefault(rank, set()).add(fact.source)
    # "arrested by Thai police ... served a term in the U.S.": an arrest may have been followed
    # by a transfer; who holds or held them for a term is the one who frees them
    return {person: by_rank[min(by_rank)] for person, by_rank in ranked.items()}


_ARRESTS = frozenset({"arrest", "detain", "seize", "capture", "abduct", "kidnap", "take"})


_HANDING_ON = frozenset({"extradite", "deport", "transfer"})


def handed_on(fact: Fact, index: ActorIndex) -> bool:
    """ "Saab was arrested in Cape Verde ... and was extradited to Miami": the arresting state
    handed the person on, so it is not the one that later frees them."""
    trigger = fact.reading.trigger
    for verb in trigger.sent:
        if verb.lemma_.lower() not in _HANDING_ON or verb.i == trigger.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "conj" and not subjects:
            return True  # "... and was extradited to Miami": the subject of the sentence
        if any(r.actor_id == fact.target for s in subjects for r in index.refs(s)):
            return True
    return False


def detentions_by_releasers(
    readings: list[Reading], facts: list[Fact], index: ActorIndex
) -> list[Fact]:
    """A detention without a doer ("Namazi had been held since 2015", "is serving a sentence for
    espionage") is by the one state the story says held or released the person: only who
    held someone frees them. Read again with its doer, a sentence on a charge is then also that
    state's accusation (`accusations_from_detentions`)."""
    freers = holding_states(facts, index)
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.DETAINED or reading.sources:
            continue
        for target in reading.targets:
            states = freers.get(target.actor_id, set())
            if len(states) != 1:
                continue
            (state,) = states
            conf = confidence(reading.strength - 0.3, target)
            out.append(
                Fact(state, RelationType.DETAINED, target.actor_id, reading.status, conf, reading)
            )
    return out


_ARRIVING = frozenset({"arrive", "land", "fly", "travel", "head", "go", "leave", "depart"})


def without_transfers(facts: list[Fact]) -> list[Fact]:
    """A freed prisoner flown out ("Five Americans released by Iran landed in Qatar", "arrived
    in Doha on their way to Iran") is transferred, not visiting: arrivals of people the article
    says were released are no visits. Trips they make by their own choice ("visited") stay."""
    freed = {f.target for f in facts if f.type is RelationType.RELEASED}
    return [
        f
        for f in facts
        if not (
            f.type is RelationType.VISITED
            and f.source in freed
            and f.reading.trigger.lemma_.lower() in _ARRIVING
        )
    ]
