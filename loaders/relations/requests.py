"""Requests that a body meet, and calls for someone to act.

"Moscow asked for an emergency meeting of the Security Council",
"the Council met at Israel's request" -> the one asking URGED the body.

Asking a body to convene is a call on it (ANNOTATION.md: URGED counts "called on ... demanded
of"), though the body is named only as the owner of the meeting or as the one meeting. Only a
body (an ORGANIZATION) is urged so: "a meeting of the two presidents" asks no one, and only a
request that was made (the asking verb's status; the meeting itself may still be planned).

"Biden appealed for Putin to free him", "NATO called for Iran to stop": the one the call is "for"
(the subject of the infinitive the parser hangs on the verb) is urged, as in "called on Iran to".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_SITTINGS = words("meeting session sitting")
_ASK_FOR = words("ask call press push appeal")
_REQUEST = words("request demand seek")
_MEETING = words("meet convene gather assemble reconvene")
_CALL_FOR = words("call appeal press push plead lobby campaign")
_STRENGTH = 0.75


def _bodies(index: ActorIndex, toks: list[Token]) -> list[Ref]:
    return [r for t in toks for r in index.refs(t) if index.kind(r.actor_id) == "ORGANIZATION"]


def _requesters(request: Token, index: ActorIndex) -> list[Ref]:
    """Whose request: "at Israel's request", "at the request of Ukraine"."""
    owners = [c for c in request.children if c.dep_ == "poss"]
    owners += arg.prep_objects([request], ("of",))
    return [r for t in owners for r in index.refs(t, possessor=True)]


def _scheduled(verb: Token) -> bool:
    """ "The Council was to meet at Israel's request": a sitting set for later, asked for
    already (the modality reader leaves "was to" unread)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_ == "be"
        and verb_status(head) is not None
        and not any(c.dep_ == "neg" for c in (*verb.children, *head.children))
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _reading(verb: Token, sources: list[Ref], targets: list[Ref], status: Status) -> Reading:
    frame = Frame(RelationType.URGED, verb.lemma_.lower(), "VERB", ())
    return Reading(frame, verb, (verb,), status, _STRENGTH, sources, targets)


def _readings(doc: Doc, index: ActorIndex) -> list[Reading]:
    out: list[Reading] = []
    for tok in doc[index.dateline_end :]:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in _SITTINGS:
            verb = arg.asking_verb(tok, _REQUEST, _ASK_FOR)
            status = verb_status(verb) if verb is not None else None
            if verb is None or status is None:
                continue
            bodies = _bodies(index, arg.prep_objects([tok], ("of",)))
            askers = [r for s in passives.logical_source(verb) for r in index.refs(s)]
            out.append(_reading(verb, askers, bodies, status))
        elif tok.lower_ == "at" and tok.dep_ == "prep" and tok.head.lemma_.lower() in _MEETING:
            verb = tok.head
            requests = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_ == "request"]
            if not requests or (verb_status(verb) is None and not _scheduled(verb)):
                continue
            bodies = _bodies(index, passives.logical_source(verb))
            askers = [r for q in requests for r in _requesters(q, index)]
            out.append(_reading(verb, askers, bodies, Status.OCCURRED))
        elif tok.pos_ == "VERB" and lemma in _CALL_FOR:
            called = [s for c in tok.children if _for_to(c) for s in _subjects(c)]
            status = verb_status(tok)
            if called and status is not None:
                askers = [r for s in passives.logical_source(tok) for r in index.refs(s)]
                targets = [r for t in called for r in index.refs(t)]
                out.append(_reading(tok, askers, targets, status))
    return out


def _for_to(clause: Token) -> bool:
    """ "for Putin to free him": an infinitive clause marked "for", with its own subject."""
    return (
        clause.dep_ in ("advcl", "ccomp", "xcomp")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _subjects(clause: Token) -> list[Token]:
    return [s for c in clause.children if c.dep_ == "nsubj" for s in arg.with_conjuncts(c)]


def requested_sittings(doc: Doc, index: ActorIndex) -> list[Fact]:
    """URGED facts: who asked a body to meet urged that body; who called for someone to act
    urged them."""
    out: list[Fact] = []
    for reading in _readings(doc, index):
        for s in reading.sources:
            for t in reading.targets:
                if s.actor_id == t.actor_id:
                    continue
                conf = confidence(reading.strength, s, t)
                out.append(
                    Fact(s.actor_id, RelationType.URGED, t.actor_id, reading.status, conf, reading)
                )
    return out
