"""A sanction told by its reason alone: "sanctions Washington imposed over Moscow's meddling",
"a tariff Trump imposed over what he says is Beijing's failure to ...", "the levy was ordered by
Trump as a penalty for India's purchases of Russian oil".

News often names what a measure punishes instead of whom it hits; the owner of the punished act
is then the target. A measure naming another target of its own is left to it ("sanctions on
Belarus over Russia's war" hits Belarus; "tariffs on Chinese imports over Beijing's failure" is
read, the two being one state), only a state owns the act
(a person's name there is mostly the victim), and acts suffered rather than done ("Ukraine's
invasion") point at no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import LIGHT_VERBS, SANCTION_NOUNS, Frame, words
from loaders.relations.modality import REPORTING, verb_status
from loaders.relations.noun_verbs import light_verb
from loaders.relations.time_objects import is_time_phrase
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_FRAME = Frame(RelationType.SANCTIONED, "impose", "VERB", (), strength=0.7)
_MEASURES = SANCTION_NOUNS - words("control curb restriction ban freeze")
_REASON_PREPS = words("over for")
_PENALTIES = words("penalty punishment")
_OWN_TARGET_PREPS = words("on against to")
# Acts a state suffers rather than does: "over Ukraine's invasion" punishes the invader.
_SUFFERED = words("invasion occupation annexation killing death poisoning detention arrest")


def _carrier(noun: Token) -> Token | None:
    """The verb imposing the measure: "imposed sanctions", "sanctions the US imposed". The
    relative clause is the one opening right after the noun, wherever the parser hangs it ("a
    response to sanctions the US imposed" may hang it on "response")."""
    verb = light_verb(noun)
    if verb is not None:
        return verb
    following = noun.doc[noun.i + 1 : noun.sent.end]
    return next(
        (
            t
            for t in following
            if t.dep_ == "relcl" and t.lemma_.lower() in LIGHT_VERBS and t.left_edge.i == noun.i + 1
        ),
        None,
    )


def _own_targets(noun: Token, verb: Token, index: ActorIndex) -> set[str] | None:
    """Whom the measure names itself: "sanctions on Iran", "tariffs on Chinese steel" (the
    goods' maker); an empty set for "tariffs on steel"; None when it names no one ("on Aug. 6"
    only dates it)."""
    preps = [c for t in (noun, verb) for c in t.children if c.dep_ == "prep"]
    objects = [
        o
        for p in preps
        if p.lower_ in _OWN_TARGET_PREPS
        for o in p.children
        if o.dep_ == "pobj" and not is_time_phrase(o) and o.ent_type_ not in ("DATE", "TIME")
    ]
    if not objects:
        return None
    named = [t for o in objects for t in (o, *o.children) if t.dep_ in ("pobj", "amod", "compound")]
    return {r.actor_id for t in named for r in index.refs(t)}


def _reason_preps(noun: Token, verb: Token) -> list[Token]:
    """ "over X", "for X" on the measure or its verb; "as a penalty for X" on the verb."""
    out: list[Token] = []
    for owner in (noun, verb):
        for prep in owner.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ in _REASON_PREPS:
                out.append(prep)
            elif prep.lower_ == "as":
                for penalty in prep.children:
                    if penalty.dep_ == "pobj" and penalty.lemma_.lower() in _PENALTIES:
                        out += [c for c in penalty.children if c.lower_ in _REASON_PREPS]
    return out


def _reason(prep: Token) -> Token | None:
    """The punished act; through "what it says is X" (which the parser may leave loose)."""
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
        if child.dep_ == "pcomp" and child.lemma_.lower() in REPORTING:
            copulas = [c for c in child.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
            after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
            if not copulas and after is not None and after.lemma_ == "be":
                copulas = [after]
            for copula in copulas:
                return next((c for c in copula.children if c.dep_ == "attr"), None)
    return None


def _offenders(reason: Token, index: ActorIndex) -> list[Ref]:
    if reason.lemma_.lower() in _SUFFERED:
        return []
    owners = [c for c in reason.children if c.dep_ == "poss"]
    return [r for o in owners for r in index.refs(o) if index.kind(r.actor_id) == "COUNTRY"]


def sanction_reasons(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SANCTIONED facts from the imposer of a measure to the state whose act it punishes."""
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _MEASURES:
            continue
        verb = _carrier(noun)
        if verb is None:
            continue
        reasons = [r for p in _reason_preps(noun, verb) if (r := _reason(p)) is not None]
        targets = [t for r in reasons for t in _offenders(r, index)]
        own = _own_targets(noun, verb, index)
        if own is not None and not own & {t.actor_id for t in targets}:
            continue  # "sanctions on Belarus over Russia's war": the measure names its target
        if not targets or (status := verb_status(verb)) is None:
            continue
        sources = [r for s in passives.logical_source(verb) for r in index.refs(s)]
        if not sources:
            continue
        reading = Reading(_FRAME, verb, (verb, noun), status, _FRAME.strength, sources, targets)
        out += facts_between(sources, RelationType.SANCTIONED, targets, status, 0.7, reading)
    return out
