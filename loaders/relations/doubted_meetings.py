"""Meetings the sentence itself does not stand behind, checked on the whole sentence after the
readers: the doubt sits in another clause than the trigger, out of reach of modality.py.

- A greeting on arrival: "the freed men were met on the tarmac by Qatari officials", "was met at
  the airport by the minister". Being met at the plane is a reception line, not talks (a
  handshake "with no meeting" is no MET_WITH); "was met by Wang Yi in Beijing" still is.
- A report the sentence says nobody confirmed: "media reported that X and Y had met ..., but
  neither government has confirmed it", "... held talks in Baghdad, which Tehran has not
  confirmed". The text relays the report and withholds its own word (a claim not adopted).
- A person with the state or body he serves (own_side.py): one side, whatever reader put them
  at one table; nor does he sign a deal or a joint statement with it ("the two leaders said in
  a joint statement" is no signing of President Yoon with South Korea).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from loaders.relations.modality import REPORTING
from loaders.relations.own_side import serves
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_ARRIVAL_PLACES = words("tarmac airport airstrip runway plane aircraft jet steps gangway border")
_CONFIRMING = words("confirm verify corroborate")
_NEGATIVE_SUBJECTS = frozenset({"neither", "no", "none", "nobody", "nor"})
_DOUBTED_TYPES = frozenset({RelationType.MET_WITH, RelationType.VISITED})
_ONE_TABLE = frozenset({RelationType.MET_WITH, RelationType.SIGNED_AGREEMENT_WITH})


def _met_on_arrival(trigger: Token) -> bool:
    """ "were met on the tarmac by officials": a passive "meet" placed at the plane or the
    airport."""
    if trigger.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in trigger.children):
        return False
    places = (  # "at the steps of his plane": the place phrase, "of" and all
        p
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "off")
        for p in prep.subtree
    )
    return any(p.lemma_.lower() in _ARRIVAL_PLACES for p in places)


def _denied_confirmation(verb: Token) -> bool:
    """ "has not confirmed", "neither government has confirmed", "could not verify"."""
    if verb.lemma_.lower() not in _CONFIRMING:
        return False
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(
        s.lower_ in _NEGATIVE_SUBJECTS or any(d.lower_ in _NEGATIVE_SUBJECTS for d in s.children)
        for s in subjects
    )


def _reported(trigger: Token) -> bool:
    """The trigger stands in a clause some reporting verb relays ("reported that ...")."""
    return any(
        a.lemma_.lower() in REPORTING and a.i < trigger.i and a.pos_ in ("VERB", "AUX")
        for a in trigger.ancestors
    )


def _unconfirmed(trigger: Token) -> bool:
    """A relayed report whose sentence adds that it was not confirmed."""
    if not _reported(trigger):
        return False
    return any(_denied_confirmation(t) for t in trigger.sent if t.i > trigger.i)


def without_doubted_meetings(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """Every fact but the meetings and visits their own sentence casts as a greeting on
    arrival or an unconfirmed report, and meetings or signings of a person with the body he
    serves."""
    out: list[Fact] = []
    for fact in facts:
        trigger = fact.reading.trigger
        if fact.type in _ONE_TABLE and serves(index, fact.source, fact.target):
            continue
        if fact.type is RelationType.MET_WITH and _met_on_arrival(trigger):
            continue  # (he still came: a visit the greeting implies stays)
        if fact.type in _DOUBTED_TYPES and _unconfirmed(trigger):
            continue
        out.append(fact)
    return out
