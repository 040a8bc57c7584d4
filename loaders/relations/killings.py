"""A state or armed group killing a named person, or another state's people, attacked them.

News reports strikes through their victims as often as through their targets: "Israel killed
Hezbollah's leader in an air strike", "X, who was killed by a U.S. drone strike", "a Taliban
bombing killed an American soldier", "was killed in an Israeli strike". The killer is the verb's
doer when that is a state or an armed body, else the owner of the strike that did it (the
strike as subject or "by" agent, or the strike the killing happened "in"). Only killings across
sides count: a state's killing of its own people is repression, not an attack (ANNOTATION.md
lists strikes, shelling, invasion, clashes), and a person as killer ("a gunman killed") is a
crime. Modality is the verb's: "threatened to kill", "would kill" and claims not adopted give
nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import read_verb
from loaders.relations.lexicon import Frame, words
from loaders.relations.subjects import grammatical_subjects
from loaders.relations.victims_in import where_killed
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_KILLING_VERBS = words("kill assassinate")
# What a killing is done with or in: "a U.S. drone strike", "an Israeli air strike".
_STRIKES = words(
    "strike airstrike attack bombing raid shelling missile rocket drone bomb barrage shell fire"
)
_DOERS = ("COUNTRY", "ORGANIZATION")
_FRAME = Frame(RelationType.ATTACKED, "kill", "VERB", ("dobj",), strength=0.75)
_STRENGTH = 0.7


def _strike_owners(strikes: list[Token], index: ActorIndex) -> list[Ref]:
    """ "a U.S. drone strike", "an Israeli strike", "Russia's missile attack": who struck."""
    owners = [
        c
        for s in strikes
        if s.lemma_.lower() in _STRIKES
        for c in s.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
    ]
    owners += [g for s in strikes for g in s.children if g.dep_ == "compound" for g in g.children]
    owners += arg.prep_objects([s for s in strikes if s.lemma_.lower() in _STRIKES], ("by",))
    return [r for t in owners for r in index.refs(t)]


def _killers(verb: Token, index: ActorIndex, named: list[Ref]) -> list[Ref]:
    doers = [r for r in named if index.kind(r.actor_id) in _DOERS]
    if doers:
        return doers
    # "a U.S. drone strike killed X", "was killed by an Israeli strike", "killed in a US strike"
    strikes = passives.logical_source(verb) + arg.prep_objects([verb], ("in", "during", "by"))
    return [r for r in _strike_owners(strikes, index) if index.kind(r.actor_id) in _DOERS]


def _who(verb: Token, index: ActorIndex) -> list[Ref]:
    """ "Soleimani, the commander of the Quds Force, who was killed": "who" is a person, though
    the parser hangs it on the nearest noun; the person is up the apposition chain."""
    pronouns = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    if verb.dep_ != "relcl" or not any(c.lower_ in ("who", "whom") for c in pronouns):
        return []
    tok = verb.head
    for _ in range(5):
        people = [r for r in index.refs(tok) if index.kind(r.actor_id) == "PERSON"]
        if people:
            return people
        if tok.dep_ not in ("pobj", "prep", "appos") or tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def _the_same_strike(verb: Token, index: ActorIndex) -> list[Ref]:
    """ "The same strike killed X", "The strike also killed X": the strike just named, whose
    owner the earlier sentence gave ("killed by a U.S. drone strike")."""
    subjects = [s for s in grammatical_subjects(verb) if s.lemma_.lower() in _STRIKES]
    if not subjects or not any(c.lower_ == "the" for c in subjects[0].children):
        return []
    earlier = [s for s in verb.doc.sents if s.end <= verb.sent.start][-1:]
    for sent in earlier:
        for tok in reversed(list(sent)):
            owners = _strike_owners([tok], index) if tok.lemma_.lower() in _STRIKES else []
            doers = [r for r in owners if index.kind(r.actor_id) in _DOERS]
            if doers:
                return doers
    return []


def killings(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ATTACKED from the killer (a state, an armed group, or the owner of the strike) to each
    named person killed, or the state of the people killed, when they are not its own."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _KILLING_VERBS:
            continue
        reading = read_verb(_FRAME, verb, index)
        if reading is None:
            continue
        killers = _killers(verb, index, reading.sources) or _the_same_strike(verb, index)
        own = {index.country(k.actor_id) for k in killers} - {None}
        victims = [
            t
            for t in _who(verb, index) or reading.targets or where_killed(verb, index)
            if index.kind(t.actor_id) in ("PERSON", "COUNTRY")
            and index.country(t.actor_id) not in own
        ]
        if not killers or not victims:
            continue
        reading.sources, reading.targets = killers, victims
        kind = RelationType.ATTACKED
        out += facts_between(killers, kind, victims, reading.status, _STRENGTH, reading)
    return out
