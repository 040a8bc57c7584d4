"""Refusing another party entry or access: "Iran refused IAEA inspectors entry", "Tehran has
refused French diplomats consular access to her", "Israel denied UN investigators access".

A refusal of access answers a request for it: the one refusing REJECTED the body or state whose
people asked to come in. The parser hangs the refused party anywhere between the verb and the
noun of access (a dative, a compound of the noun, a stray subject), so the actors named in that
stretch are the targets. Visas are left alone: "would deny visas to settlers" is an entry ban
(SANCTIONED), not the answer to a request.
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

_REFUSING = words("refuse deny")
_ACCESS = words("access entry")
_ACCESS_SLOTS = frozenset({"dobj", "ccomp", "attr", "oprd"})
_REFUSED_ACCESS = Frame(RelationType.REJECTED, "refuse", "VERB", (), strength=0.7)


def _access_noun(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _ACCESS_SLOTS and child.lemma_.lower() in _ACCESS:
            return child
    return None


def _barred(verb: Token, noun: Token, index: ActorIndex) -> list[Ref]:
    """Actors named between the verb and the noun of access ("refused IAEA inspectors entry")."""
    out: list[Ref] = []
    for tok in verb.doc[verb.i + 1 : noun.i]:
        if (ref := index.direct(tok)) is not None and all(r.actor_id != ref.actor_id for r in out):
            out.append(ref)
    return out


def refused_access(doc: Doc, index: ActorIndex) -> list[Fact]:
    """REJECTED facts: the refuser of entry or access, and whose people were refused it."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _REFUSING:
            continue
        if (noun := _access_noun(verb)) is None or (status := verb_status(verb)) is None:
            continue
        refusers = [r for s in grammatical_subjects(verb) for r in index.refs(s)]
        barred = _barred(verb, noun, index)
        if not refusers or not barred:
            continue
        reading = Reading(_REFUSED_ACCESS, verb, (verb,), status, 0.7, refusers, barred)
        out += facts_between(refusers, RelationType.REJECTED, barred, status, 0.7, reading)
    return out
