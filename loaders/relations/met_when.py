"""A meeting told by a pronoun in a clause hung on the one that names the pair: "Putin and
Erdogan urged restraint on Wednesday, when they met in Istanbul"; "Putin stood by Lukashenko,
promising a loan when the two met in Sochi".

The subject "they" / "the two" of an intransitive "met" (or "talked", "spoke") finds no actor
of its own: them_pronoun takes the nearest plural noun ("their arms"), and a counted group wants
a coordination of names. The clause the meeting is hung on (through "when", "where", "as", a
participle) names the pair: its coordinated subjects when they are two actors, else its one
subject and the one actor its object or prepositional object names. Only a pair: three or more
actors, or one, give nothing (whom "they" counts is then unsure). A meeting with an object or
a "with" phrase ("when they met Zelensky") is the verb frames' business, and a status the
modality reader refuses ("before they could meet") gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import with_conjuncts
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_MEETING = words("meet talk")
_PAIR = frozenset({"they", "two", "both"})
_HUNG = frozenset({"advcl", "relcl", "acl", "xcomp", "conj"})
"""Links from a subordinate clause up to the clause that names its parties."""
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_OBJ = frozenset({"dobj", "dative", "agent", "prep"})
_STRENGTH = 0.7


def _pair_subject(verb: Token) -> bool:
    """Is the verb's subject "they", "the two" or "both" (and nothing else)?"""
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
    return len(subjects) == 1 and subjects[0].lower_ in _PAIR and not subjects[0].conjuncts


def _intransitive(verb: Token) -> bool:
    """No object and no "with" phrase: the other party is left to the pronoun."""
    return not any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "to"))
        for c in verb.children
    )


def _actors(tokens: list[Token], index: ActorIndex) -> dict[str, Ref]:
    seen: dict[str, Ref] = {}
    for tok in tokens:
        for ref in index.refs(tok):
            if ref.how != "pronoun":
                seen.setdefault(ref.actor_id, ref)
    return seen


def _objects(head: Token) -> list[Token]:
    out: list[Token] = []
    for c in head.children:
        if c.dep_ not in _OBJ:
            continue
        if c.dep_ in ("prep", "agent"):
            out += [t for p in c.children if p.dep_ == "pobj" for t in with_conjuncts(p)]
        else:
            out += with_conjuncts(c)
    return out


def _pair(verb: Token, index: ActorIndex) -> list[Ref]:
    """The two actors the clause above the meeting names, or []."""
    head = verb
    while head.head is not head:
        head = head.head  # through "on Wednesday, when they met": a noun's clause
        if head.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [t for c in head.children if c.dep_ in _SUBJ for t in with_conjuncts(c)]
        if not subjects:
            continue  # a participle ("promising a loan when ..."): its clause is further up
        named = _actors(subjects, index)
        if len(named) >= 2:
            return list(named.values()) if len(named) == 2 else []
        if len(named) != 1:
            return []
        others = _actors(_objects(head), index)
        others = {k: v for k, v in others.items() if k not in named}
        return [*named.values(), *others.values()] if len(others) == 1 else []
    return []


def met_when_they(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MET_WITH between the pair a subordinate "when they met" / "the two met" stands for."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING or verb.dep_ not in _HUNG:
            continue
        if verb.dep_ == "conj" or not _pair_subject(verb) or not _intransitive(verb):
            continue
        status = verb_status(verb)
        pair = _pair(verb, index)
        if status is None or len(pair) != 2:
            continue
        a, b = pair
        frame = Frame(RelationType.MET_WITH, verb.lemma_.lower(), "VERB", ())
        reading = Reading(frame, verb, (verb,), status, _STRENGTH)
        conf = confidence(_STRENGTH, a, b)
        out.append(Fact(a.actor_id, RelationType.MET_WITH, b.actor_id, status, conf, reading))
    return out
