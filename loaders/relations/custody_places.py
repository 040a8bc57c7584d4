"""Custody named by where a person is held, not by a verb of holding.

News says who holds a prisoner through the place: "remains in custody in Iran", "returned home
after five years in Iranian custody", "spent three years in a Russian jail", "was released from
a Venezuelan prison". The state that owns the custody or the prison (a demonym, a possessor, or
"in <state>") holds the person (ANNOTATION.md: DETAINED counts "holds"); a release without a
doer is then that state's (`releases_by_detainers`).

Only for the ones the clause says stay, sit or spend time there ("remain", "be", "languish",
"spent N years", "after N years in") or left it by release ("released from"): who works in,
visits or writes about a prison is not held in it. The verb's own modality decides the status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import FREEING_VERBS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.returned_home import states_receiving_nationals
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_STRENGTH = 0.75
_CUSTODY = words("custody detention prison jail captivity")
_SPANS = words("year month week day decade")
_STAYING = words("remain be stay languish sit spend die keep lie rot")
_TAKING = words("take")
_HOLDERS = frozenset({"COUNTRY", "ORGANIZATION"})


def _holder(noun: Token, verb: Token, index: ActorIndex) -> str | None:
    """The state or body owning the custody: "Iranian custody", "Russia's prisons", "Hamas
    captivity", "a jail in Iran", "remains in custody in Iran"."""
    found: set[str] = set()
    for child in noun.children:
        if child.dep_ == "amod" and (state := index.demonym_state(child)) is not None:
            found.add(state)
        elif child.dep_ in ("poss", "compound"):
            found |= {r.actor_id for r in index.refs(child)}
    for place in arg.prep_objects([noun, verb], ("in",)):
        if place.i != noun.i:
            found |= {r.actor_id for r in index.refs(place)}
        if place.i == noun.i - 1 and (state := index.demonym_state(place)) is not None:
            found.add(state)  # "in Venezuelan jails"
    holders = {a for a in found if index.kind(a) in _HOLDERS}
    return next(iter(holders)) if len(holders) == 1 else None


def _held_clause(noun: Token) -> Token | None:
    """The verb whose subject the custody holds: "remained in custody", "was freed from a
    prison", "spent two years in a jail", "came home after two years in custody"; the one
    taken into it ("was taken into ICC custody")."""
    if (verb := _split_from_its_demonym(noun)) is not None:
        return verb
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "into":  # "was taken into ICC custody"
        taking = prep.head
        return taking if taking.pos_ == "VERB" and taking.lemma_.lower() in _TAKING else None
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "from"):
        return None
    head = prep.head
    if prep.lower_ == "from":
        return head if head.pos_ == "VERB" and head.lemma_.lower() in FREEING_VERBS else None
    if head.lemma_.lower() in _SPANS:  # "five years in custody"
        if head.dep_ == "pobj" and head.head.lower_ == "after":
            verb = head.head.head
            return verb if verb.pos_ in ("VERB", "AUX") else None
        head = head.head if head.dep_ == "dobj" else head
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _STAYING:
        return head
    return None


def _split_from_its_demonym(noun: Token) -> Token | None:
    """ "remain in Venezuelan jails": the parser may read "in Venezuelan" as the place and hang
    "jails" on the verb; the verb of staying is then the clause all the same."""
    if noun.dep_ not in ("advcl", "npadvmod", "dobj") or noun.i == 0:
        return None
    prev = noun.doc[noun.i - 1]
    if prev.dep_ != "pobj" or prev.head.lower_ != "in" or prev.head.head.i != noun.head.i:
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _STAYING else None


def _people(verb: Token, index: ActorIndex) -> list[Ref]:
    # "who remains in custody", "was freed from a prison", "Berg, freed from a prison,"; the one
    # taken into custody is its object ("took Berg into French custody")
    if passives.is_passive(verb):
        toks = passives.logical_objects(verb)
    elif verb.lemma_.lower() in _TAKING:
        toks = [t for c in verb.children if c.dep_ == "dobj" for t in arg.with_conjuncts(c)]
    else:
        toks = grammatical_subjects(verb)
    # "Two Americans, A and B, remain in Venezuelan jails": the people the group's apposition
    # names (the demonym alone is their state); "Two Britons, aid worker A and teacher B,"
    named = [c for t in toks for c in t.children if c.dep_ == "appos"]
    named += [c for t in named for c in t.children if c.dep_ == "appos"]
    toks += [m for t in named for m in arg.with_conjuncts(t)]
    return [r for t in toks for r in index.refs(t) if index.kind(r.actor_id) == "PERSON"]


def _foreign_to(person: str, state: str, index: ActorIndex) -> bool:
    country = index.country(person)
    return country is not None and country != index.country(state)


def custody_places(doc: Doc, index: ActorIndex) -> list[Fact]:
    """DETAINED facts for people said to be, stay or have been in a state's custody or prison."""
    out: list[Fact] = []
    receiving = states_receiving_nationals(doc, index)
    for noun in doc:
        if noun.lemma_.lower() not in _CUSTODY or noun.pos_ != "NOUN":
            continue
        verb = _held_clause(noun)
        if verb is None:
            continue
        status = verb_status(verb)
        holder = _holder(noun, verb, index) if status is not None else None
        if holder is None or status is None:
            continue
        people = [p for p in _people(verb, index) if p.actor_id != holder]
        if holder in receiving:  # its nationals freed to it, a known foreigner stays held
            people = [p for p in people if _foreign_to(p.actor_id, holder, index)]
        frame = Frame(RelationType.DETAINED, noun.lemma_.lower(), "NOUN", ())
        reading = Reading(frame, verb, (verb, noun), status, _STRENGTH, [], people)
        for person in people:
            conf = confidence(_STRENGTH - 0.1, person)
            out.append(Fact(holder, RelationType.DETAINED, person.actor_id, status, conf, reading))
    return out
