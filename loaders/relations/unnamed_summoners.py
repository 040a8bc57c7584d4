"""The summoner of an envoy the sentence leaves unnamed: the state the story is filed from.

"MOSCOW - ... The ministry summoned U.S. Ambassador Lynne Tracy", "STOCKHOLM - ... The foreign
ministry said it had summoned Russia's ambassador", "ROME - ... the Russian ambassador had been
summoned to the foreign ministry": a bare ministry (no state named on it) or a passive with no
doer leaves the summoner to the reader, who takes it from the dateline. An envoy is summoned by
the state that hosts them, and a story filed from one capital about a summons is that capital's
summons. Only a dateline of one city is read (a "LONDON/MOSCOW" story may be either side's), the
city's state must be an actor of the article, and it never summons its own envoy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import words
from loaders.relations.places import dateline_state
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.frames_apply import Reading

# Offices that summon for their state without naming it: "the (foreign) ministry summoned".
_OFFICES = frozenset({"ministry", "office", "department", "government"})
# What may stand on such an office and still name no state: "the foreign ministry".
_BARE_MARKS = frozenset({"the", "foreign", "its", "then"})
# Who is summoned: "Russia's ambassador, Sergei Nechayev", "the U.S. charge d'affaires".
_ENVOYS = words(
    "ambassador envoy charge chargé d'affaires affaires diplomat consul attache attaché "
    "commissioner nuncio"
)
_STRENGTH = 0.5


def _envoy(tok: Token) -> bool:
    """The summoned is named as an envoy: an envoy's title on the name or the noun it
    stands in apposition to."""
    phrase = tok.head if tok.dep_ == "appos" else tok
    return any(t.lower_ in _ENVOYS for t in phrase.subtree)


def _bare_office(tok: Token) -> bool:
    return tok.lemma_.lower() in _OFFICES and all(c.lower_ in _BARE_MARKS for c in tok.children)


def _unnamed(verb: Token, index: ActorIndex) -> bool:
    """The summons names no summoner: a bare office as subject ("The foreign ministry said it
    had summoned"), or a passive with no doer, summoned nowhere but to an office (not "summoned
    back to court")."""
    doers = passives.logical_source(verb)
    if not doers:
        # "summoned to the foreign ministry", never "summoned back to court"
        hosts = [verb, *(c for c in verb.children if c.dep_ == "advmod")]
        places = arg.prep_objects(hosts, ("to",))
        return passives.is_passive(verb) and all(_bare_office(p) for p in places)
    if len(doers) != 1 or index.refs(doers[0]):
        return False
    doer = doers[0]
    if doer.lower_ == "it" and verb.dep_ == "ccomp":
        return any(c.dep_ == "nsubj" and _bare_office(c) for c in verb.head.children)
    return _bare_office(doer)


def unnamed_summoners(doc: Doc, readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """MET_WITH between the dateline's state and each envoy summoned by no named summoner."""
    state = dateline_state(doc, index)
    if state is None:
        return []
    out: list[Fact] = []
    for reading in readings:
        verb = reading.trigger
        if reading.frame.type is not RelationType.MET_WITH or verb.lemma_.lower() != "summon":
            continue
        if reading.sources or not _unnamed(verb, ActorIndex(verb.doc)):
            continue
        for target in reading.targets:
            if target.actor_id == state or index.country(target.actor_id) == index.country(state):
                continue
            if not _envoy(verb.doc[target.token]):
                continue
            conf = confidence(_STRENGTH, target)
            out.append(
                Fact(state, RelationType.MET_WITH, target.actor_id, reading.status, conf, reading)
            )
    return out
