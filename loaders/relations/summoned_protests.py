"""A protest delivered by summoning an envoy: "summoned Japan's ambassador to lodge a protest".

A state that summons another's envoy "to protest", "to lodge a strong protest" or "to convey its
objections" protests to that envoy's state: the summons is the protest (modality.py lets it take
place when the summons did). When the protest names what it is against ("to protest against X's
remarks"), the condemnation frame reads that object itself; this module adds the bare protest,
whose target is the state whose envoy was summoned (the summons' own MET_WITH target), and the
protest against an act whose doer goes unnamed ("summoned Britain's ambassador to protest
against the seizure of an Iranian tanker"): the envoy is summoned to answer for his state's act.
An object naming any third side ("over the Tanzanian raid", "the G7's smearing of China") leaves
the envoy's state alone: the frame reads that side. Only a summons told as fact, by a named
summoner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.actors_at import Ref, unique_refs
from loaders.relations.arguments import to_infinitive
from loaders.relations.facts import Fact, facts_between
from loaders.relations.lexicon import words
from loaders.relations.modality import PROTESTING
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.frames_apply import Reading

# What a summoner "lodges", "conveys" or "delivers" to the envoy.
_PROTEST_NOUNS = words("protest objection complaint displeasure demarche")
_DELIVERING = words("lodge convey deliver register express voice file make hand")
# What a protest is against, when it says so: the condemnation frame reads it.
_OBJECT_PREPS = frozenset({"against", "over", "at", "about", "to"})
_STRENGTH = 0.7
# What names the side on a title: "the EU ambassador", "Japan's envoy", "Russian".
_TITLE_MARKS = ("compound", "poss", "amod")


def _infinitive(tok: Token) -> bool:
    return tok.dep_ in ("advcl", "xcomp") and to_infinitive(tok)


def _protested(tok: Token) -> list[Token]:
    """What is protested: "protest against X", "a protest over X", "protested X"."""
    protested = [
        c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in _PROTEST_NOUNS
    ]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS]
    return protested + preps


def _protest_objects(summon: Token) -> list[Token] | None:
    """The summons is made "to protest" or "to lodge a protest": what it names as protested
    (on the protest or on the verb delivering it: "to lodge a protest over the raid"), an
    empty list for a bare protest, None for a summons made for anything else."""
    for purpose in (c for c in summon.children if _infinitive(c)):
        if purpose.lemma_.lower() in PROTESTING:
            return _protested(purpose)
        delivered = [c for c in purpose.children if c.dep_ == "dobj"]
        protests = [d for d in delivered if d.lemma_.lower() in _PROTEST_NOUNS]
        if purpose.lemma_.lower() in _DELIVERING and protests:
            return _protested(purpose) + [o for d in protests for o in _protested(d)]
    return None


def _sides_named(objects: list[Token], index: ActorIndex) -> set[str]:
    """The sides (states, or the actors themselves) named anywhere in what is protested, by
    name or by demonym ("remarks by a Russian general" names Russia's side)."""
    named: set[str] = set()
    for obj in objects:
        for tok in obj.subtree:
            if (ref := index.direct(tok)) is not None:
                named.add(index.state_of(ref.actor_id) or ref.actor_id)
            elif (state := index.demonym_state(tok)) is not None:
                named.add(state)
    return named


def _side(ref: Ref, index: ActorIndex, doc: Doc) -> Ref | None:
    """The side a person acts for: the state they serve ("Russian Ambassador X"), else the
    side their title names ("the EU ambassador, X", "China's Vice Foreign Minister Y"); any
    other actor is its own side."""
    if index.kind(ref.actor_id) != "PERSON":
        return ref
    state = index.state_of(ref.actor_id)
    if state is not None:
        return Ref(state, ref.how, ref.token)
    tok = doc[ref.token]
    titles = [tok, *([tok.head] if tok.dep_ == "appos" else [])]
    named = [
        r
        for t in titles
        for c in t.children
        if c.dep_ in _TITLE_MARKS
        for r in index.refs(c)
        if index.kind(r.actor_id) != "PERSON"
    ]
    return named[0] if len({r.actor_id for r in named}) == 1 else None


def _third_side(
    objects: list[Token], reading: Reading, index: ActorIndex, parties: set[str]
) -> bool:
    """The protested act may be a third side's: the object names one ("over the Tanzanian
    raid": the frame reads the raid's doer), or the envoy is said to stand for one ("the Swiss
    charge d'affaires, whose embassy represents U.S. interests")."""
    clauses = [
        c
        for r in reading.targets
        for c in reading.trigger.doc[r.token].children
        if c.dep_ == "relcl"
    ]
    return bool(_sides_named(objects + clauses, index) - parties)


def summoned_protests(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """CONDEMNED from the summoner to the state of each summoned envoy, for a bare protest or
    one against an act whose doer the text leaves unnamed (a named envoy stands for the state
    he serves; one of no known state is left alone)."""
    out: list[Fact] = []
    for reading in readings:
        verb = reading.trigger
        if reading.frame.type is not RelationType.MET_WITH or verb.lemma_.lower() != "summon":
            continue
        if reading.status is not Status.OCCURRED:
            continue
        objects = _protest_objects(verb)
        if objects is None:
            continue
        sides = [_side(r, index, verb.doc) for r in reading.targets]
        states = [s for s in sides if s is not None]
        protesters = reading.sources + [
            s for r in reading.sources if (s := _side(r, index, verb.doc)) is not None and s != r
        ]
        own = {index.state_of(p.actor_id) or p.actor_id for p in protesters}
        states = [s for s in states if s.actor_id not in own]
        if objects and _third_side(objects, reading, index, own | {s.actor_id for s in states}):
            continue
        out += facts_between(
            unique_refs(protesters),
            RelationType.CONDEMNED,
            states,
            reading.status,
            _STRENGTH,
            reading,
        )
    return out
