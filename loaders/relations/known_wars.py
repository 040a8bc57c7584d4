"""Wars a reader of the news knows the aggressor of: "after the invasion of Ukraine", "the war
in Ukraine". Such nouns name no doer, yet the text asserts the war, and no reader of news from
2022 on is unsure who invaded whom. The table is data, kept small and dated: an entry applies
only to articles published after its start, only when its aggressor is an actor of the article,
and only to the war nouns it lists with the victim named by the noun's own phrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import (
    NEGATIVE_DETS,
    UNREAL_ADJECTIVES,
    noun_status,
    verb_status,
)
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex


@dataclass(frozen=True, slots=True)
class War:
    aggressor: str
    """ISO3"""
    victim: str
    since: dt.date
    nouns: frozenset[str]


KNOWN_WARS = (War("RUS", "UKR", dt.date(2022, 2, 24), words("invasion war aggression")),)
_VICTIM_PREPS = ("of", "in", "on", "against")
_DOER_STRENGTH = 0.75


def _wars_of(index: ActorIndex, published: dt.date | None) -> list[tuple[War, str, str]]:
    """The known wars an article can speak of, with their aggressor's and victim's actor ids:
    published after the war began, both sides actors of the article."""
    if published is None:
        return []
    states = {index.country(a): a for a in index.actors if index.kind(a) == "COUNTRY"}
    out = []
    for war in KNOWN_WARS:
        aggressor, victim = states.get(war.aggressor), states.get(war.victim)
        if published >= war.since and aggressor is not None and victim is not None:
            out.append((war, aggressor, victim))
    return out


def _attack(aggressor: str, victim: str, reading: Reading) -> Fact:
    """The war's attack, read at `reading`: a reader's knowledge, so below the reading's own
    strength."""
    conf = confidence(reading.strength - 0.2)
    return Fact(aggressor, RelationType.ATTACKED, victim, Status.OCCURRED, conf, reading)


def wars_named_without_doer(
    readings: list[Reading], index: ActorIndex, published: dt.date | None
) -> list[Fact]:
    """The known aggressor's attack for each war noun that names its victim and no doer."""
    wars = _wars_of(index, published)
    out: list[Fact] = []
    for reading in readings:
        noun = reading.trigger
        if reading.frame.type is not RelationType.ATTACKED or reading.frame.pos != "NOUN":
            continue
        if reading.sources or reading.status is not Status.OCCURRED:
            continue
        for war, aggressor, victim in wars:
            if noun.lemma_.lower() not in war.nouns:
                continue
            named = [r for t in arg.prep_objects([noun], _VICTIM_PREPS) for r in index.refs(t)]
            if any(r.actor_id == victim for r in named):
                out.append(_attack(aggressor, victim, reading))
    return out


# Verbs that start a war their subject wages: "the day Russia launched its invasion".
_STARTING = words("launch begin start wage")


def _doers(noun: Token, index: ActorIndex) -> list[str]:
    """Who the war noun says waged it: its possessor ("Russia's invasion") or the subject of
    the verb that started it ("Russia launched its full-scale invasion")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    verb = noun.head
    started = noun.dep_ == "dobj" and verb.lemma_.lower() in _STARTING
    if started and verb_status(verb) is Status.OCCURRED:  # not "threatened to wage war"
        owners += grammatical_subjects(verb)
    return [r.actor_id for o in owners for r in index.refs(o)]


def _only_victim(places: list[Token], victim: str, index: ActorIndex) -> bool:
    """Every place or party the noun's own phrase names ("invasion of Ukraine", not "in
    February") is the known victim; "Russia's war in Syria" is another war."""
    return all(any(r.actor_id == victim for r in index.refs(p)) for p in places)


_NOT_WAGED = NEGATIVE_DETS | UNREAL_ADJECTIVES | words("planned upcoming scheduled new")
"""What says an owned war noun is not (yet) waged: "no invasion", "Russia's planned invasion"."""


def _asserted_war(noun: Token) -> bool:
    """A war noun the text asserts. Its owner makes it a presupposed fact whatever verb governs
    it ("the leaders discussed Russia's invasion of Ukraine"), unless the noun itself is denied
    or unreal ("no invasion", "a possible invasion")."""
    if noun_status(noun) is Status.OCCURRED:
        return True
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    return not any(
        c.dep_ in ("det", "neg", "amod", "compound") and c.lower_ in _NOT_WAGED
        for c in noun.children
    )


def wars_named_by_their_doer(doc: Doc, index: ActorIndex, published: dt.date | None) -> list[Fact]:
    """The known victim for a war noun whose doer is the known aggressor and that names no
    other party: "since Russia's full-scale invasion", "the day Russia launched its invasion",
    "refused to condemn Moscow's invasion of Ukraine" (a possessed war noun is a presupposed
    fact whatever the clause around it says). A noun naming another party ("Russia's war in
    Syria") is no known war."""
    wars = _wars_of(index, published)
    if not wars:
        return []
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.pos_ != "NOUN" or not _asserted_war(noun):
            continue
        places = [t for t in arg.prep_objects([noun], _VICTIM_PREPS) if t.ent_type_ != "DATE"]
        for war, aggressor, victim in wars:
            if noun.lemma_.lower() not in war.nouns or not _only_victim(places, victim, index):
                continue
            if aggressor not in _doers(noun, index):
                continue
            frame = Frame(RelationType.ATTACKED, noun.lemma_.lower(), "NOUN", ("poss",))
            reading = Reading(frame, noun, (noun,), Status.OCCURRED, _DOER_STRENGTH)
            out.append(_attack(aggressor, victim, reading))
    return out


_SENDING = words("send")
_TROOPS = words("troop force army soldier tank")


def troops_sent_in(doc: Doc, index: ActorIndex, published: dt.date | None) -> list[Fact]:
    """The known war told as the aggressor sending its troops into the victim: "since Russia
    sent troops into Ukraine". Read only for a known war: troops sent into a country elsewhere
    may be invited there ("France sent troops into Mali at Bamako's request")."""
    wars = _wars_of(index, published)
    if not wars:
        return []
    states = {index.country(a): a for a in index.actors if index.kind(a) == "COUNTRY"}
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SENDING:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _TROOPS for c in verb.children):
            continue
        if verb_status(verb) is not Status.OCCURRED:
            continue
        senders: set[str | None] = {
            r.actor_id for s in grammatical_subjects(verb) for r in index.refs(s)
        }
        # "since he sent troops into Ukraine": only a state's leader sends its army
        senders |= {
            states.get(index.country(a)) for a in senders if a and index.kind(a) == "PERSON"
        }
        places = {r.actor_id for t in arg.prep_objects([verb], ("into",)) for r in index.refs(t)}
        for _war, aggressor, victim in wars:
            if aggressor not in senders or victim not in places:
                continue
            frame = Frame(RelationType.ATTACKED, "send", "VERB", ("prep:into",))
            reading = Reading(frame, verb, (verb,), Status.OCCURRED, _DOER_STRENGTH)
            out.append(_attack(aggressor, victim, reading))
    return out


# A war its victim owns, the aggressor named after "against" or "with": "Ukraine's war with
# Russia", "support for Kyiv in its war against Moscow". Not "invasion": an owned invasion is
# the owner's own.
_DEFENDED = words("war fight defence defense struggle")
_AGGRESSOR_PREPS = ("against", "with")


def wars_named_by_their_victim(
    doc: Doc, index: ActorIndex, published: dt.date | None
) -> list[Fact]:
    """The known aggressor's attack for a war noun owned by the known victim that names the
    aggressor as its other party and no one else: "Ukraine in its war against Russia"."""
    wars = _wars_of(index, published)
    if not wars:
        return []
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DEFENDED:
            continue
        if not _asserted_war(noun):
            continue
        owners = [r.actor_id for c in noun.children if c.dep_ == "poss" for r in index.refs(c)]
        others = [t for t in arg.prep_objects([noun], _AGGRESSOR_PREPS) if t.ent_type_ != "DATE"]
        for _war, aggressor, victim in wars:
            if victim not in owners or not others or not _only_victim(others, aggressor, index):
                continue
            frame = Frame(RelationType.ATTACKED, noun.lemma_.lower(), "NOUN", ("poss",))
            reading = Reading(frame, noun, (noun,), Status.OCCURRED, _DOER_STRENGTH)
            out.append(_attack(aggressor, victim, reading))
    return out
