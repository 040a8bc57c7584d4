"""A protest delivered by summoning an envoy: "summoned Japan's ambassador to lodge a protest".

A state that summons another's envoy "to protest", "to lodge a strong protest" or "to convey its
objections" protests to that envoy's state: the summons is the protest (modality.py lets it take
place when the summons did). When the protest names what it is against ("to protest against X's
remarks"), the condemnation frame reads that object itself; this module adds only the bare
protest, whose target is the state whose envoy was summoned (the summons' own MET_WITH target).
Only a summons told as fact, by a named summoner.
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


def _names_its_object(tok: Token) -> bool:
    """What is protested is named: "protest against X", "a protest over X", "protested X"."""
    protested = [
        c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in _PROTEST_NOUNS
    ]
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS]
    return bool(protested or preps)


def _bare_protest(summon: Token) -> bool:
    """The summons is made "to protest" or "to lodge a protest", naming nothing protested
    (neither on the protest nor on the verb delivering it: "to lodge a protest over the raid")."""
    for purpose in (c for c in summon.children if _infinitive(c)):
        if _names_its_object(purpose):
            continue
        if purpose.lemma_.lower() in PROTESTING:
            return True
        delivered = [c for c in purpose.children if c.dep_ == "dobj"]
        if purpose.lemma_.lower() in _DELIVERING and any(
            d.lemma_.lower() in _PROTEST_NOUNS and not _names_its_object(d) for d in delivered
        ):
            return True
    return False


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


def summoned_protests(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """CONDEMNED from the summoner to the state of each summoned envoy, for a bare protest
    (a named envoy stands for the state he serves; one of no known state is left alone)."""
    out: list[Fact] = []
    for reading in readings:
        verb = reading.trigger
        if reading.frame.type is not RelationType.MET_WITH or verb.lemma_.lower() != "summon":
            continue
        if reading.status is not Status.OCCURRED or not _bare_protest(verb):
            continue
        sides = [_side(r, index, verb.doc) for r in reading.targets]
        states = [s for s in sides if s is not None]
        protesters = reading.sources + [
            s for r in reading.sources if (s := _side(r, index, verb.doc)) is not None and s != r
        ]
        own = {index.state_of(p.actor_id) or p.actor_id for p in protesters}
        states = [s for s in states if s.actor_id not in own]
        out += facts_between(
            unique_refs(protesters),
            RelationType.CONDEMNED,
            states,
            reading.status,
            _STRENGTH,
            reading,
        )
    return out
