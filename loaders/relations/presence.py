"""Meetings told by presence: two leaders side by side at one event.

"Standing in the garden beside Scholz and Macron, Biden said ...", "Netanyahu stood beside Trump
at the White House", "Erdogan appeared alongside Putin at a news conference", "Biden unveiled
the plan with Zelensky at his side": the two were together in person, which news English uses
for a joint appearance (a meeting, ANNOTATION.md). The lexicon cannot say this: its frames read a
verb's own slots, and "with X at his side" spreads the meeting over two phrases of any verb.

Only people of different states: an aide or spokesman standing beside his own president is one
delegation, and a statue, a podium or a flag is no actor. "At his side" needs the "with"
phrase naming who stood there ("fought at his side" tells of a war, not a meeting). Modality is
the verb's ("did not stand beside", "will appear alongside" stays PLANNED). The one standing
must be named: "two days after he stood beside Trump" is too weak a reading to bet a pronoun's
antecedent on (it is often the possessor of "Netanyahu's visit", which resolvers miss).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Verbs of being somewhere in view: "stood beside", "appeared alongside", "sat next to".
_PRESENT = words("stand appear sit pose")
_BESIDE = words("beside alongside")
_STRENGTH = 0.75


def _objects(prep: Token) -> list[Token]:
    return [t for c in prep.children if c.dep_ == "pobj" for t in (c, *c.conjuncts)]


def _beside(verb: Token) -> tuple[Token, list[Token]] | None:
    """Who the verb of presence puts the subject beside: "beside X", "alongside X",
    "next to X"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _BESIDE:
            return child, _objects(child)
        if child.lower_ == "next" and child.dep_ in ("advmod", "prep"):
            for to in child.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    return to, _objects(to)
    return None


def _side(prep: Token) -> bool:
    """ "at his side", "by her side": the side of one of the clause's people."""
    return any(
        c.dep_ == "pobj"
        and c.lemma_.lower() == "side"
        and any(p.dep_ == "poss" for p in c.children)
        for c in prep.children
    )


def _with_at_side(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "with Netanyahu at his side": the "with" phrase names who stood at the subject's side;
    the parser hangs "with" on the verb or its object, "at his side" on the verb or the name."""
    hangers = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    withs = [c for h in hangers for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    for with_ in withs:
        named = _objects(with_)
        places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "by")]
        places += [c for t in named for c in t.children if c.dep_ == "prep"]
        if any(p.lower_ in ("at", "by") and _side(p) for p in places):
            return with_, named
    return None


def _set_off_by(verb: Token) -> list[Token]:
    """ "Blinken, standing next to Lavrov, told ...": the parser hangs the participle on the
    name it is set off after, which is then the one standing."""
    head = verb.head
    if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and head.pos_ == "PROPN":
        return [head]
    return []


def _people(index: ActorIndex, toks: list[Token]) -> list[Ref]:
    return [r for t in toks for r in index.refs(t) if index.kind(r.actor_id) == "PERSON"]


def _foreign(index: ActorIndex, a: Ref, b: Ref) -> bool:
    own = index.country(a.actor_id)
    return own is None or own != index.country(b.actor_id)


def side_by_side(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MET_WITH between a person and the foreign leaders he stood beside at one event."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = _beside(verb) if verb.lemma_.lower() in _PRESENT else None
        found = found or _with_at_side(verb)
        if found is None or (status := verb_status(verb)) is None:
            continue
        prep, named = found
        subjects = _people(index, grammatical_subjects(verb) or _set_off_by(verb))
        subjects = [r for r in subjects if r.how != "pronoun"]
        beside = _people(index, named)
        pairs = [(a, b) for a in subjects for b in beside if _foreign(index, a, b)]
        if not pairs:
            continue
        frame = Frame(RelationType.MET_WITH, verb.lemma_.lower(), "VERB", ("prep:" + prep.lower_,))
        reading = Reading(frame, verb, (verb, prep), status, _STRENGTH, subjects, beside)
        for a, b in pairs:
            out += facts_between([a], RelationType.MET_WITH, [b], status, _STRENGTH, reading)
    return out
