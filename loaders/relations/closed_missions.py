"""Expulsions told as a mission shut: "Poland shut Russia's consulate in Poznan", "Germany ordered
the closure of all three Iranian consulates", "China ordered the United States to shut its
consulate in Chengdu".

Closing another state's embassy or consulate sends its diplomats home, which the gold counts as
an expulsion of that state (ANNOTATION.md: ordered to leave). The state owning the premises is
named as their possessor ("Russia's consulate"), by a demonym ("Iranian consulates"), or, for a
mission a state is ordered to shut, by "its" (the one ordered). A state shutting its own mission
abroad ("Taiwan began closing its embassy in Nauru") expels nobody, and the verb's modality
holds ("could close Poland's consulates" is no closure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.persona_non_grata import states_named_by
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_CLOSING = words("close shut")
_CLOSURES = words("closure shutdown shutting closing")
_PREMISES = words("consulate embassy legation chancery")
_ORDERS = words("order tell instruct direct demand force")
_FRAME = Frame(RelationType.EXPELLED, "close", "VERB", ("dobj",), strength=0.75)


def _owners(premises: Token, index: ActorIndex, ordered: list[Ref]) -> list[Ref]:
    """The state whose mission it is: "Russia's consulate", "Iranian consulates" (read as an
    expelled envoy's state is), or the state ordered to shut "its" consulate."""
    its = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in premises.children)
    found = (ordered if its else []) + states_named_by([premises], index)
    return [r for r in found if index.kind(r.actor_id) == "COUNTRY"]


def _closed_premises(verb: Token) -> list[Token]:
    """What a verb of closing shuts: "shut Russia's consulate", "shut down the embassy"."""
    shut = [o for c in verb.children if c.dep_ == "dobj" for o in arg.with_conjuncts(c)]
    return [p for p in shut if _is_premises(p)]


def _is_premises(tok: Token) -> bool:
    """ "the embassy", "its consulate general" (the parser heads it at "general")."""
    if tok.lemma_.lower() in _PREMISES:
        return True
    return tok.lower_ == "general" and any(c.lemma_.lower() in _PREMISES for c in tok.children)


def _order_of(verb: Token) -> Token | None:
    """ "ordered the United States to shut": the order the closing is the content of."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _ORDERS and not passives.is_passive(head):
        return head
    return None


def closed_missions(doc: Doc, index: ActorIndex) -> list[Fact]:
    """EXPELLED from the state closing (or ordering closed) another state's mission to that
    state."""
    out: list[Fact] = []
    for tok in doc[index.dateline_end :]:
        lemma = tok.lemma_.lower()
        if lemma in _CLOSING and tok.pos_ == "VERB":
            premises, acting = _closed_premises(tok), tok
        elif lemma in _CLOSURES and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
            premises = [
                p for p in arg.prep_objects([tok], ("of",)) if p.lemma_.lower() in _PREMISES
            ]
            acting = tok.head  # "ordered the closure of ...": the verb that orders it
        else:
            continue
        if not premises:
            continue
        order = _order_of(acting)
        ordered = refs_of(index, [c for c in order.children if c.dep_ == "dobj"]) if order else []
        verb = order or acting
        status = verb_status(verb)
        if status is None:
            continue
        sources = [
            r
            for r in refs_of(index, passives.logical_source(verb))
            if index.kind(r.actor_id) in ("COUNTRY", "PERSON")
        ]
        own = {index.state_of(s.actor_id) for s in sources}
        targets = [o for p in premises for o in _owners(p, index, ordered) if o.actor_id not in own]
        if not sources or not targets:
            continue
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength, sources, targets)
        out += facts_between(sources, RelationType.EXPELLED, targets, status, 0.75, reading)
    return out
