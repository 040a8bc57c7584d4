""" "Germany's call for Israel to open the crossing", "France's demand that Tehran free the men",
"a U.S. appeal for Addis Ababa to sign": a call as a noun, its maker named as its owner, in
front of it, with "from" or as who joins or echoes it, and the one called on as the subject of
the clause it asks for.

The verb "called for Iran to stop" is read in requests.py; the noun has no frame that reaches
into its clause, so its urging was lost. Only urging nouns (call, appeal, demand, plea,
request), only a clause of "for ... to" or "that" with a named subject other than the maker,
and only a call the text asserts (`noun_status`: not "no call", not a call someone denied).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.answered_calls import call_makers
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import noun_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_CALLS = words("call appeal demand plea request")
_CLAUSES = ("advcl", "acl", "relcl", "ccomp")
_JOINING = words("join echo")
_FRAME = Frame(RelationType.URGED, "call", "NOUN", ("clause",), strength=0.75)


def called_in_clause(doc: Doc, index: ActorIndex) -> list[Fact]:
    """URGED from a call's maker to the subject of the clause the call asks for."""
    out: list[Fact] = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CALLS:
            continue
        called = [r for c in _asked_clauses(noun) for r in _subjects(c, index)]
        if not called:
            continue
        status = noun_status(noun)
        makers = call_makers(noun, index) + _joiners(noun, index)
        made = {m.actor_id for m in makers}
        called = [r for r in called if r.actor_id not in made]
        if status is None or not makers or not called:
            continue
        reading = Reading(_FRAME, noun, (noun,), status, _FRAME.strength, makers, called)
        out += facts_between(makers, RelationType.URGED, called, status, 0.75, reading)
    return out


def _asked_clauses(noun: Token) -> list[Token]:
    """The clauses the call asks for: "for X to V" or "that X V"."""
    return [
        c
        for c in noun.children
        if c.dep_ in _CLAUSES
        and any(m.dep_ == "mark" and m.lower_ in ("for", "that") for m in c.children)
    ]


def _subjects(clause: Token, index: ActorIndex) -> list[Ref]:
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return [r for s in subjects for t in (s, *s.conjuncts) for r in index.refs(t)]


def _joiners(noun: Token, index: ActorIndex) -> list[Ref]:
    """ "Washington joined Seoul's call for ...": who joins or echoes a call makes it too."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _JOINING:
        return []
    return [r for s in passives.logical_source(verb) for r in index.refs(s)]
