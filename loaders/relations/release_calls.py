"""What a prisoner's release implies of whoever holds them.

"Canberra kept calling for the release of Yang, detained in China since 2019" -> Australia URGED
China: the call is made of the jailer, though the sentence names only the prisoner. "Griner was
freed in exchange for Bout, who was serving a term in the United States" -> the United States
RELEASED Bout: the one given in a swap is freed by whoever held him. Only when the article names
exactly one state holding that person (its DETAINED facts), and only when the call or the swap
itself is asserted (not hoped, threatened or denied).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.derive import ranked_holders
from loaders.relations.errand_addressees import addressed_errand
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import PARDONING_VERBS, Frame, words
from loaders.relations.modality import NEGATIVE_DETS, verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_FREEDOM = words("release freedom")
_CALL_FOR = words("call press push appeal campaign lobby plead")
_DEMAND = words("demand seek urge")
_STRENGTH = 0.7


def _holders(facts: list[Fact], index: ActorIndex) -> dict[str, set[str]]:
    return ranked_holders(facts, index, (RelationType.DETAINED,))


def urgings_for_release(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """Who called for a prisoner's release urged the one state the article says holds them."""
    holders = _holders(facts, index)
    out: list[Fact] = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _FREEDOM:
            continue
        verb = arg.asking_verb(noun, _DEMAND, _CALL_FOR)
        if verb is None or any(c.lower_ in NEGATIVE_DETS for c in noun.children):
            continue
        if addressed_errand(verb):  # "wrote to X to press for Y's release": X was asked
            continue
        status = verb_status(verb)
        if status is None:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        prisoners = [r for t in arg.prep_objects([noun], ("of",)) + owners for r in index.refs(t)]
        sources = [r for t in passives.logical_source(verb) for r in index.refs(t)]
        frame = Frame(RelationType.URGED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb, noun), status, _STRENGTH, sources)
        for prisoner in prisoners:
            states = holders.get(prisoner.actor_id, set())
            if len(states) != 1:
                continue
            (state,) = states
            for source in sources:
                if source.actor_id in (state, prisoner.actor_id):
                    continue
                conf = confidence(_STRENGTH - 0.1, source)
                out.append(Fact(source.actor_id, RelationType.URGED, state, status, conf, reading))
    return out


_SWAP_NOUNS = words("exchange return swap")
_SWAP_VERBS = words("swap trade exchange")
_FREEING = PARDONING_VERBS | words("swap trade exchange")


def _swapped_for(person: Token) -> Token | None:
    """The verb a person is given in return for: "freed in exchange for X", "swapped for X"."""
    prep = person.head
    if person.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.head.lemma_.lower() in _SWAP_VERBS and prep.head.pos_ == "VERB":
        return prep.head
    noun = prep.head
    if noun.lemma_.lower() not in _SWAP_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _FREEING else None


def releases_in_swaps(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """The one given in return in a swap is released by the one state that held them."""
    holders = _holders(facts, index)
    out: list[Fact] = []
    for tok in doc:
        verb = _swapped_for(tok)
        if verb is None:
            continue
        status = verb_status(verb)
        if status is None:
            continue
        frame = Frame(RelationType.RELEASED, verb.lemma_.lower(), "VERB", ())
        for person in index.refs(tok):
            reading = Reading(frame, verb, (verb, tok), status, _STRENGTH, [], [person])
            fact = release_by_holder(person, holders, index, reading)
            out += [fact] if fact is not None else []
    return out


def release_by_holder(
    person: Ref, holders: dict[str, set[str]], index: ActorIndex, reading: Reading
) -> Fact | None:
    """The release `reading` tells of `person`, by the one state that held them (`holders`, from
    `ranked_holders`); None for no person or a person held by none or by several."""
    states = holders.get(person.actor_id, set())
    if len(states) != 1 or index.kind(person.actor_id) != "PERSON":
        return None
    (state,) = states
    conf = confidence(reading.strength - 0.1, person)
    return Fact(state, RelationType.RELEASED, person.actor_id, reading.status, conf, reading)
