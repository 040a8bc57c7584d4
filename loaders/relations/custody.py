"""Who holds a prisoner, and who charged them, when the sentence names only one side of it.

"The EU demanded that Minsk free Protasevich", "Biden urged Iran to release the two": the one
asked to free someone holds them (ANNOTATION.md: DETAINED counts "holds"). Only a state, a
body, or a head of state or government for the state they rule ("pressed Xi to free two
Australians": China holds them) is read so (asking another person to free someone may ask them
to intercede), only for a call that was made (the URGED reading's own status), and only for
the verb of freeing itself, not for "to help free" or "to seek the release".

"Floderus was tried on charges of spying", "was charged with espionage", "prosecutors charged
him": a charge without a doer (or by law officers who are no actor) is by the one state the
story says held or freed the person, as `detentions_by_releasers` reads
a detention without a doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.derive import holding_states
from loaders.relations.facts import Fact, confidence
from loaders.relations.lexicon import PARDONING_VERBS, words
from loaders.relations.reported import SAYING
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading

_RELEASES = words("release freedom")
_LEGAL_DOERS = words("prosecutor court judge authority investigator police prosecution")
_HOLDERS = frozenset({"COUNTRY", "ORGANIZATION"})
_RULERS = words("president premier prime king emir sultan chancellor")
_LAW_WORDS = words(
    "procuratorate prosecutor prosecutors prosecution prosecuting court tribunal justice police "
    "investigative"
)


def _freed_in_call(trigger: Token) -> list[Token]:
    """The people a call asks to be freed: "urged X to free Y", "demanded that X release Y"."""
    out: list[Token] = []
    calls = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    # "pressed Xi to lift the tariffs and to free two Australians": the call's later asks
    calls += [c for call in calls for c in call.conjuncts]
    for clause in calls:
        if clause.dep_ not in ("xcomp", "ccomp", "conj"):
            continue
        if clause.lemma_.lower() not in PARDONING_VERBS:
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        out += [o for c in clause.children if c.dep_ == "dobj" for o in arg.with_conjuncts(c)]
    # "pressed Ankara for the release of Golge": the freeing named by its noun
    releases = [n for n in arg.prep_objects([trigger], ("for",)) if n.lemma_.lower() in _RELEASES]
    return out + [o for r in releases for o in arg.prep_objects([r], ("of",))]


def _holding_state(asked: str, index: ActorIndex) -> str | None:
    """Who holds the prisoners a call asks someone to free: a state or body itself, or the
    state a head of state or government rules ("pressed Xi to free two Australians": China
    holds them); another person asked may only be asked to intercede."""
    if index.kind(asked) in _HOLDERS:
        return asked
    if index.kind(asked) != "PERSON" or not (set(index.title(asked).split()) & _RULERS):
        return None
    return index.state_of(asked)


def holders_asked_to_free(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """DETAINED facts: the state or body urged to free someone holds them."""
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.URGED:
            continue
        prisoners = [r for t in _freed_in_call(reading.trigger) for r in index.refs(t)]
        for holder in reading.targets:
            state = _holding_state(holder.actor_id, index)
            if state is None:
                continue
            for prisoner in prisoners:
                if index.kind(prisoner.actor_id) != "PERSON":
                    continue
                if prisoner.actor_id == holder.actor_id:
                    continue  # "urged Herzog to pardon him": "him" is never the one asked
                conf = confidence(reading.strength - 0.2, holder, prisoner)
                kind = RelationType.DETAINED
                fact = Fact(state, kind, prisoner.actor_id, reading.status, conf, reading)
                out.append(fact)
    return out


def accusations_by_holders(
    readings: list[Reading], facts: list[Fact], index: ActorIndex
) -> list[Fact]:
    """ACCUSED facts: a charge without a doer is by the one state that held or freed the
    person."""
    states = holding_states(facts, index)
    out: list[Fact] = []
    for reading in readings:
        if reading.frame.type is not RelationType.ACCUSED or reading.sources:
            continue
        trigger = reading.trigger
        if reading.frame.pos != "VERB":
            continue
        if not (passives.is_passive(trigger) or _unnamed_legal_doer(trigger)):
            continue
        teller = _state_telling(trigger, index) if passives.is_passive(trigger) else None
        for target in reading.targets:
            held_by = states.get(target.actor_id, set())
            if index.kind(target.actor_id) != "PERSON":
                continue
            if not held_by and teller is not None and _foreigner(index, target.actor_id, teller):
                held_by = {teller}
            if len(held_by) != 1:
                continue
            (state,) = held_by
            conf = confidence(reading.strength - 0.3, target)
            kind = RelationType.ACCUSED
            out.append(Fact(state, kind, target.actor_id, reading.status, conf, reading))
    return out


def _unnamed_legal_doer(verb: Token) -> bool:
    """ "Prosecutors later charged him with spying", "a judge convicted her": a charge by the
    holder's law officers, who name no actor of their own."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].lemma_.lower() in _LEGAL_DOERS


def _state_telling(charge: Token, index: ActorIndex) -> str | None:
    """The state or state body whose statement says someone "had been charged": "the
    prosecutor's office said X had been charged with spying" tells of its own state's charge.
    Only a body of one state (an international body charges no one) and only a statement made
    (not "denied that")."""
    clause = charge
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING:
        return None
    said = clause.head
    if any(c.dep_ == "neg" for c in said.children):
        return None
    tellers = [r for s in said.children if s.dep_ == "nsubj" for r in index.refs(s)]
    tellers = [r for r in tellers if index.kind(r.actor_id) in _HOLDERS]
    if len(tellers) != 1:
        return None
    teller = tellers[0].actor_id
    return teller if index.country(teller) is not None or _law_body(index, teller) else None


def _law_body(index: ActorIndex, body: str) -> bool:
    """A prosecutor's office, a court, a police or security service: its word on a charge is
    its own act, whoever the person is ("the Supreme Procuratorate said X had been charged")."""
    actor = index.actors.get(body)
    if actor is None or index.kind(body) != "ORGANIZATION":
        return False
    named = " ".join([actor.name, *actor.aliases]).lower().replace("'s", " ").split()
    return bool(_LAW_WORDS & set(named))


def _foreigner(index: ActorIndex, person: str, state: str) -> bool:
    """A person of a known other nationality than the state's: a state that tells of its own
    citizen's charge ("Canada said Kovrig had been charged") tells of another state's. A person
    of unknown nationality only when a law body tells of the charge."""
    country = index.country(person)
    if country is None:
        return _law_body(index, state)
    return country != index.country(state)
