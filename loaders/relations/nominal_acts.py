"""Acts named by a noun with a possessive doer: "the group's attack on X", "its campaign against Y".

News English names an armed group once and then calls it "the group" ("the movement", "the
militia"); a possessive "the group's attack on X" makes that group the doer. "The group" is the
organisation named last before it, in its sentence or the one before: no further, and only an
organisation (a state is never "the group"). A noun reading whose doer the parse left empty gets
it here; its target and modality are the reading's own.

"X's campaign against Y" is a military campaign when nothing else qualifies it: "its campaign
against Hamas". A qualified one ("a pressure campaign", "its disinformation campaign") is not,
unless the qualifier is a military one ("its air campaign against the militants").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import noun_status, verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

_GROUP_WORDS = words("group movement militia organisation organization faction")
_TYPES = frozenset({RelationType.ATTACKED, RelationType.SANCTIONED, RelationType.CONDEMNED})


def _the_group(noun: Token) -> Token | None:
    """The "the group" owning a trigger noun, if that is how its owner is named."""
    for child in noun.children:
        if child.dep_ != "poss" or child.lemma_.lower() not in _GROUP_WORDS:
            continue
        dets = [c.lower_ for c in child.children if c.dep_ == "det"]
        others = [c for c in child.children if c.dep_ in ("amod", "compound", "nmod")]
        if dets == ["the"] and not others:
            return child
    return None


def last_group(tok: Token, index: ActorIndex) -> Ref | None:
    """The organisation named last before `tok`, in its sentence or the one before."""
    doc = tok.doc
    start = tok.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for prev in reversed(doc[start : tok.i]):
        ref = index.direct(prev)
        if ref is None:
            continue
        if index.kind(ref.actor_id) == "ORGANIZATION":
            return ref
    return None


def group_owned_acts(readings: list[Reading], index: ActorIndex) -> list[Fact]:
    """ "the group's attack on southern Israel": the group named just before did it."""
    out: list[Fact] = []
    for reading in readings:
        noun = reading.trigger
        if reading.frame.type not in _TYPES or reading.frame.pos != "NOUN" or reading.sources:
            continue
        owner = _the_group(noun)
        doer = last_group(owner, index) if owner is not None else None
        if doer is None:
            continue
        for target in reading.targets:
            if target.actor_id == doer.actor_id:
                continue
            conf = confidence(reading.strength - 0.1, target)
            kind = reading.frame.type
            out.append(Fact(doer.actor_id, kind, target.actor_id, reading.status, conf, reading))
    return out


_CAMPAIGNS = words("campaign operation operations")
_MILITARY = words("military air aerial ground bombing missile drone armed naval war")
_CAMPAIGN_FRAME = Frame(RelationType.ATTACKED, "campaign", "NOUN", ("prep:against",), strength=0.7)


def _military(noun: Token) -> bool:
    """Unqualified, or qualified as military only: "its (air) campaign against"."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return all(m.lemma_.lower() in _MILITARY for m in mods)


def _owner(poss: Token, index: ActorIndex) -> list[Ref]:
    """A named owner ("Israel's"), or the one state or body the sentence names before "its"
    (with two, "its" could be either: "X accused Y of abuses in its campaign")."""
    if poss.lower_ != "its":
        return [r for r in index.refs(poss) if index.kind(r.actor_id) != "PERSON"]
    before = (index.direct(t) for t in poss.doc[poss.sent.start : poss.i])
    named = {r.actor_id: r for r in before if r is not None and index.kind(r.actor_id) != "PERSON"}
    return list(named.values()) if len(named) == 1 else []


def campaigns_against(doc_tokens: list[Token], index: ActorIndex) -> list[Fact]:
    """ "Israel's campaign against Hamas", "its air campaign against the group": the owner
    attacked the one it is against. Only with a possessive owner: who runs "a campaign against
    Y" is otherwise unsaid."""
    out: list[Fact] = []
    for noun in doc_tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CAMPAIGNS or not _military(noun):
            continue
        owners = [r for c in noun.children if c.dep_ == "poss" for r in _owner(c, index)]
        targets = [r for t in arg.prep_objects([noun], ("against",)) for r in index.refs(t)]
        status = noun_status(noun)
        if not owners or not targets or status is None:
            continue
        reading = Reading(_CAMPAIGN_FRAME, noun, (noun,), status, 0.7, owners, targets)
        for doer in owners:
            for target in targets:
                if target.actor_id == doer.actor_id or index.kind(target.actor_id) == "PERSON":
                    continue
                conf = confidence(0.6, doer, target)
                kind = RelationType.ATTACKED
                out.append(Fact(doer.actor_id, kind, target.actor_id, status, conf, reading))
    return out


_FOUGHT = words("fight wage")
_WARS = words("war battle conflict")
_WAR_FRAME = Frame(RelationType.ATTACKED, "fight", "VERB", ("prep:with",), strength=0.7)


def wars_fought(doc_tokens: list[Token], index: ActorIndex) -> list[Fact]:
    """ "the group that fought a month-long war with Israel": a war fought with someone is
    fought by both sides, each attacking the other; "fought a war against X" is one way."""
    out: list[Fact] = []
    for verb in doc_tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FOUGHT:
            continue
        wars = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WARS]
        status = verb_status(verb) if wars else None
        if status is None:
            continue
        sources = refs_of(index, passives.logical_source(verb))
        mutual = refs_of(index, arg.prep_objects([verb, *wars], ("with",)))
        one_way = refs_of(index, arg.prep_objects([verb, *wars], ("against",)))
        reading = Reading(_WAR_FRAME, verb, (verb,), status, 0.7, sources, mutual + one_way)
        pairs = [(s, t) for s in sources for t in mutual + one_way]
        pairs += [(t, s) for s in sources for t in mutual]
        for doer, target in pairs:
            if doer.actor_id == target.actor_id or index.kind(target.actor_id) == "PERSON":
                continue
            if index.kind(doer.actor_id) == "PERSON":
                continue
            conf = confidence(0.6, doer, target)
            kind = RelationType.ATTACKED
            out.append(Fact(doer.actor_id, kind, target.actor_id, status, conf, reading))
    return out
