""" "Moscow ignored repeated calls from Berlin to free him", "Lavrov brushed aside the appeals from
Washington and Brussels", "Tehran rejected France's demand": a call that someone ignores,
rejects or bows to was made of them.

The urging is a noun here, so no verb frame sees it; its maker is named with "from" or as its
owner ("France's demand", "U.S. calls"), and the one it was made of is the subject of the verb
that answers it (ANNOTATION.md: URGED covers "called on, pressed, demanded of"). Only nouns
that are urgings (call, appeal, demand, plea, pressure), only answering verbs, only an asserted
answer (a passive's by-phrase names the answerer); a call nobody named made ("calls for calm
were ignored") or one the answerer made himself gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_CALLS = words("call appeal demand plea pressure entreaty")
# Verbs whose object is a call made of their subject: ignoring, refusing or heeding it.
_ANSWERING = words("ignore reject dismiss rebuff defy heed snub spurn resist brush disregard")
# Verbs whose "to" object is such a call: "bowed to pressure from", "yielded to demands".
_GIVING_IN = words("bow yield succumb cave respond")
_FRAME = Frame(RelationType.URGED, "call", "NOUN", ("subject",), strength=0.75)


def answered_calls(doc: Doc, index: ActorIndex) -> list[Fact]:
    """URGED from a call's maker to whoever answers (or ignores) that call."""
    out: list[Fact] = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CALLS:
            continue
        verb = _answering_verb(noun)
        if verb is None:
            continue
        status = verb_status(verb)
        if status is None:
            continue
        makers = call_makers(noun, index)
        answerers = _answerers(verb, index)
        made = {m.actor_id for m in makers}
        answerers = [a for a in answerers if a.actor_id not in made]
        if not makers or not answerers:
            continue
        reading = Reading(_FRAME, noun, (noun, verb), status, _FRAME.strength, makers, answerers)
        out += facts_between(makers, RelationType.URGED, answerers, status, 0.75, reading)
    return out


def _answering_verb(noun: Token) -> Token | None:
    """The verb that answers the call: its object ("ignored calls"), or "bowed to calls"."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _ANSWERING:
        return noun.head  # "calls from X were ignored by Y": Y answers
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _GIVING_IN:
        return head.head
    return None


def _answerers(verb: Token, index: ActorIndex) -> list[Ref]:
    """Who answers: a state or body, or for a minister the state he answers for ("Lavrov
    brushed aside the appeals" answers appeals made of Russia)."""
    out: list[Ref] = []
    for ref in (r for s in passives.logical_source(verb) for r in index.refs(s)):
        state = index.state_of(ref.actor_id) if index.kind(ref.actor_id) == "PERSON" else None
        out.append(Ref(state, "proxy", ref.token) if state is not None else ref)
    return out


def call_makers(noun: Token, index: ActorIndex) -> list[Ref]:
    """Who made the call: "calls from X (and Y)", "X's call", "U.S. calls"."""
    found = [r for t in arg.prep_objects([noun], ("from", "by")) for r in index.refs(t)]
    for child in noun.children:
        if child.dep_ == "poss":
            found += index.refs(child)
        elif child.dep_ in ("compound", "amod", "nmod", "nsubj") and (ref := index.direct(child)):
            found.append(ref)
    return found
