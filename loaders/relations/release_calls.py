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
from loaders.relations.derive import handed_on, ranked_holders
from loaders.relations.errand_addressees import addressed_errand
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import PARDONING_VERBS, Frame, words
from loaders.relations.modality import NEGATIVE_DETS, verb_status
from loaders.relations.story_jailer import jailer_of, story_jailers
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_FREEDOM = words("release freedom")
_CALL_FOR = words("call press push appeal campaign lobby plead ask")
_DEMAND = words("demand seek urge request order")
_STRENGTH = 0.7
# "the two men", "these prisoners", "all detained officials": people told of before
_BACK_DETS = words("the these those all both")


def _holders(facts: list[Fact], index: ActorIndex) -> dict[str, set[str]]:
    return ranked_holders(facts, index, (RelationType.DETAINED,))


def _jailers(facts: list[Fact], index: ActorIndex) -> dict[str, set[str]]:
    """Person -> who holds them: the states of `ranked_holders`, else the jailers other
    holders stand for ("a Moscow court" for Russia; a junta or an armed group itself)."""
    states = _holders(facts, index)
    others: dict[str, set[str]] = {}
    for fact in facts:
        if fact.type is not RelationType.DETAINED or fact.target in states:
            continue
        jailer = jailer_of(fact.source, index)
        if jailer is not None and jailer != fact.target and not handed_on(fact, index):
            others.setdefault(fact.target, set()).add(jailer)
    return states | others


def _told_before(tokens: list[Token], index: ActorIndex) -> bool:
    """ "his release", "the two men's release", "the release of the detained leaders": the
    prisoners are named by a pronoun or a noun pointing back, not by a name the actor stage
    does not know and not by a bare plural ("the release of hostages", any hostages)."""
    if not tokens:
        return False
    for tok in tokens:
        if index.refs(tok) or tok.pos_ == "PROPN":
            return False
        if tok.pos_ == "PRON":
            continue
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "poss")}
        if not dets & (_BACK_DETS | words("his her their its")):
            return False
    return True


def urgings_for_release(
    doc: Doc, readings: list[Reading], facts: list[Fact], index: ActorIndex
) -> list[Fact]:
    """Who called for a prisoner's release urged the one jailer the article says holds them;
    for prisoners told of before ("demanded their release"), the one jailer of the story
    (`story_jailers`: "Belarus arrested two Polish journalists ... Warsaw called for the
    release of the two men")."""
    holders = _jailers(facts, index)
    story = story_jailers(readings, facts, index)
    if any(index.kind(j) is None for j in story):
        story = set()  # a jailer the actor stage does not know: another may hold them
    # "Saab was arrested in Cape Verde and extradited": the story's jailer is no longer the
    # only holder, so "their release" is not read as asked of it
    moved = any(f.type is RelationType.DETAINED and handed_on(f, index) for f in facts)
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
        named = arg.prep_objects([noun], ("of",)) + owners
        prisoners = [r for t in named for r in index.refs(t)]
        sources = [r for t in passives.logical_source(verb) for r in index.refs(t)]
        frame = Frame(RelationType.URGED, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb, noun), status, _STRENGTH, sources)
        held = [holders.get(p.actor_id, set()) for p in prisoners]
        if not prisoners and len(story) == 1 and not moved and _told_before(named, index):
            held = [story]
        for states in held:
            if len(states) != 1:
                continue
            (state,) = states
            for source in sources:
                # "a Moscow court ordered his release": the jailer's own body, no urging
                body = index.kind(source.actor_id) != "PERSON"
                mine = body and jailer_of(source.actor_id, index) == state
                if mine or source.actor_id in (state, *(p.actor_id for p in prisoners)):
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
