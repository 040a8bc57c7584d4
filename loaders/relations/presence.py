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
from loaders.relations.surface_lists import surface_list
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Verbs of being somewhere in view: "stood beside", "appeared alongside", "sat next to".
_PRESENT = words("stand appear sit pose")
_BESIDE = words("beside alongside")
# Words said at a joint appearance: "told a joint news conference with X", "said at a news
# conference alongside X", "told a televised meeting with X and Y". The one speaking shares the
# event with the people its "with"/"alongside" phrase names.
_SPEAKING = words("tell say speak address add")
_APPEARANCES = words("conference meeting briefing appearance")
_SHARED = _BESIDE | words("with")
_STRENGTH = 0.75


def _objects(prep: Token) -> list[Token]:
    return [t for c in prep.children if c.dep_ == "pobj" for t in (c, *c.conjuncts)]


def _in_phrase(prep: Token) -> list[Token]:
    """Every name of the phrase outside a clause of its own: "beside Lavrov of Russia,
    Germany's Scholz and France's Macron" parses as appositions, possessors and conjuncts in
    any shape, but no name of it sits under a verb ("beside Lavrov, who met Macron") or is a
    possessor ("beside Griner's wife": his wife stood there, not Griner)."""
    out = []
    for tok in prep.subtree:
        path = []
        up = tok
        while up != prep and up.head != up:
            path.append(up)
            up = up.head
        if not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "poss" for t in path):
            out.append(tok)
    return out


def _beside(verb: Token) -> tuple[Token, list[Token]] | None:
    """Who the verb of presence puts the subject beside: "beside X", "alongside X",
    "next to X"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _BESIDE:
            # "standing beside A of the UAE, Bahrain's B and Egypt's C": the parse hangs the
            # list's rest on the verb as an object, which a verb of presence never has
            rest = [
                t
                for c in verb.children
                if c.dep_ == "dobj" and c.i > child.i
                for t in (c, *c.conjuncts)
            ]
            return child, _in_phrase(child) + rest
        if child.lower_ == "next" and child.dep_ in ("advmod", "prep"):
            for to in child.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    return to, _objects(to)
    return None


def _appearance(verb: Token) -> tuple[Token, list[Token]] | None:
    """The "with"/"alongside" phrase of the appearance a verb of speaking was made at: the
    appearance is the verb's object ("told a news conference with X") or the object of its
    "at"/"during" phrase ("said at a news conference alongside X")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [
        n
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "during", "in")
        for n in c.children
        if n.dep_ == "pobj"
    ]
    for noun in nouns:
        if noun.lemma_.lower() not in _APPEARANCES:
            continue
        # "told a news conference alongside X": "alongside" hung on the verb or on the noun
        for prep in (*noun.children, *verb.children):
            if prep.dep_ == "prep" and prep.lower_ in (_SHARED if prep.head == noun else _BESIDE):
                return prep, _objects(prep)
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


def _listed_people(index: ActorIndex, toks: list[Token]) -> list[Ref]:
    """The people named, with the rest of a list the parse cut short ("beside A of the UAE,
    Bahrain's B, Morocco's C and Egypt's D" parses as A alone)."""
    named = _people(index, toks)
    rest = [r for t in toks for r in surface_list(index, t) if index.kind(r.actor_id) == "PERSON"]
    return named + [r for r in rest if r.actor_id not in {n.actor_id for n in named}]


def _foreign(index: ActorIndex, a: Ref, b: Ref) -> bool:
    own = index.country(a.actor_id)
    return own is None or own != index.country(b.actor_id)


def side_by_side(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MET_WITH between a person and the foreign leaders he stood beside at one event."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma = verb.lemma_.lower()
        found = _beside(verb) if lemma in _PRESENT else None
        found = found or _with_at_side(verb)
        shared = _appearance(verb) if lemma in _SPEAKING else None
        found = found or shared
        if found is None or (status := verb_status(verb)) is None:
            continue
        prep, named = found
        subjects = _people(index, grammatical_subjects(verb) or _set_off_by(verb))
        subjects = [r for r in subjects if r.how != "pronoun"]
        beside = _listed_people(index, named)
        # a meeting one addresses is a meeting whoever is at it: "told a meeting with his
        # foreign and defence ministers"
        pairs = [
            (a, b) for a in subjects for b in beside if shared is found or _foreign(index, a, b)
        ]
        if not pairs:
            continue
        frame = Frame(RelationType.MET_WITH, verb.lemma_.lower(), "VERB", ("prep:" + prep.lower_,))
        reading = Reading(frame, verb, (verb, prep), status, _STRENGTH, subjects, beside)
        for a, b in pairs:
            out += facts_between([a], RelationType.MET_WITH, [b], status, _STRENGTH, reading)
    return out
