"""Fighting named as a noun between two sides: "fierce fighting between Azerbaijan and Armenia
broke out", "the ceasefire halted the war between Israel and Hamas", "a conflict that has pitted
the TPLF against the federal government".

Each side fought the other (as with "clashes between", read by the lexicon); "fighting among
X and Y" names its sides alike (arguments.between_objects). Unlike a clash, a
war is often talked of before it happens ("fears of a war between China and the US", "a war
between Russia and NATO would be a catastrophe", "talks to prevent fighting between them"), so
the noun must be asserted as real: the clause it sits in is a plain fact (no modal, no negation,
no hope or fear), and the noun is not what is feared, prevented or risked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import noun_status, verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_FIGHTING = words("fighting war hostility")
# What pits one side against another in war: "a conflict that pitted X against Y".
_PITTING = _FIGHTING | words("conflict battle insurgency clash")
# What a war may be without being fought: "fears of a war", "to prevent fighting", "the risk".
_UNREAL_AROUND = words(
    "fear risk threat danger prospect possibility spectre specter prevent avert avoid stop "
    "warn risk threaten worry concern deter call"
)
_MODALS = words("would could may might can should will must")
_STRENGTH = 0.65


def _clause(noun: Token) -> Token | None:
    """The verb the noun is an argument of, through prepositions ("fears of a war")."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        if tok.lemma_.lower() in _UNREAL_AROUND:
            return None
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _real(noun: Token) -> bool:
    if noun_status(noun) is None:
        return False
    verb = _clause(noun)
    if verb is None or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    return verb_status(verb) is Status.OCCURRED


def fighting_between(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ATTACKED each way between the two sides of "fighting/war/hostilities between X and Y"."""
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _FIGHTING or not _real(noun):
            continue
        if noun.lemma_.lower() == "hostility" and noun.tag_ != "NNS":
            continue  # "decades of hostility between the neighbours": enmity, not fighting
        out += _both_ways(noun, [r for t in arg.between_objects([noun]) for r in index.refs(t)])
    return out


def _both_ways(noun: Token, sides: list[Ref]) -> list[Fact]:
    """ATTACKED each way between the two sides of the fighting `noun` names; nothing unless
    exactly two actors are its sides."""
    ids = list(dict.fromkeys(r.actor_id for r in sides))
    if len(ids) != 2:
        return []
    first = [r for r in sides if r.actor_id == ids[0]][:1]
    second = [r for r in sides if r.actor_id == ids[1]][:1]
    frame = Frame(RelationType.ATTACKED, noun.lemma_.lower(), "NOUN", ("between",))
    reading = Reading(frame, noun, (noun,), Status.OCCURRED, _STRENGTH, pairwise=sides)
    kind = RelationType.ATTACKED
    return facts_between(first, kind, second, Status.OCCURRED, _STRENGTH, reading) + (
        facts_between(second, kind, first, Status.OCCURRED, _STRENGTH, reading)
    )


def pitted_sides(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ATTACKED each way between the sides a war "pits" against each other; a contest of
    another kind ("an election that pitted X against Y") is no attack."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() != "pit" or verb.pos_ != "VERB":
            continue
        wars = [s for s in grammatical_subjects(verb) if s.lemma_.lower() in _PITTING]
        if not wars or not all(_real(w) for w in wars):
            continue  # "a war pitting Russia against NATO would be a catastrophe"
        status = verb_status(verb)
        if status is None:
            continue
        # "pitted Malian troops and Wagner fighters against X": every side listed, and the
        # "against" the parser hangs on the last of them rather than on the verb
        listed = [c for o in verb.children if o.dep_ == "dobj" for c in arg.with_conjuncts(o)]
        one = [r for o in listed for r in index.refs(o)]
        against = arg.prep_objects([verb, *listed], ("against",))
        other = [r for t in against for r in index.refs(t)]
        if not one or not other:
            continue
        frame = Frame(RelationType.ATTACKED, "pit", "VERB", ("dobj", "prep:against"))
        reading = Reading(frame, verb, (verb,), status, _STRENGTH, pairwise=one + other)
        kind = RelationType.ATTACKED
        out += facts_between(one, kind, other, status, _STRENGTH, reading)
        out += facts_between(other, kind, one, status, _STRENGTH, reading)
    return out


_TRUCES = words("ceasefire truce armistice")
# What a truce does to the fighting it follows: "ending 11 days of fighting", "after a week of war".
_ENDED_BY = words("end halt stop cap after following")
_SPANS = words("day week month year round")


def _ended(noun: Token) -> bool:
    """The fighting noun is what a truce ended or followed ("ending five days of the worst
    fighting", "after a year of war"): fighting that took place."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SPANS:
        tok = tok.head.head
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _ENDED_BY
    return tok.dep_ == "pobj" and tok.head.lower_ in _ENDED_BY


def fighting_a_truce_ended(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ATTACKED each way between the sides of "a ceasefire between X and Y took hold, ending
    11 days of fighting": the fighting the truce ended was between the truce's two sides."""
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _FIGHTING or not _ended(noun):
            continue
        if arg.between_objects([noun]):
            continue  # "fighting between X and Y": fighting_between reads it
        truces = [t for t in noun.sent if t.lemma_.lower() in _TRUCES and t.pos_ == "NOUN"]
        if any(noun_status(t) is None for t in truces):
            continue
        out += _both_ways(noun, [r for t in arg.between_objects(truces) for r in index.refs(t)])
    return out
