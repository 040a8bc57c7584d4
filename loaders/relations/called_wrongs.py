"""Accusations told as nouns: "after what Tusk called a large-scale provocation by Russia", "Peskov
said their return was a direct violation of the terms of the deal by Kyiv and Ankara".

Calling an act a wrong done by another (a provocation, a violation, an act of aggression)
charges that other with it (ANNOTATION.md: ACCUSED, "accused of a specific act"): the one who
calls or says so accuses the doer a "by" phrase names. The parser may hang "by" on the last
noun of an "of" chain ("a violation of the terms of the agreement by Kyiv"), and the doer of a
violation is never the agreement's, so the chain is followed down. The wrong must be the
predicate of the calling ("called it a provocation by", "described as a breach by") or of "be"
in a that-clause of saying ("said ... was a violation by"); a wrong merely mentioned ("the
provocation by Russia prompted talks") is reported, not charged. Never the speaker's own side,
and never a calling that is denied or hypothetical (`verb_status`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import NAMING_VERBS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.reported import SAYING, WRONG_NOUNS, own_side
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

# Wrongs one calls an act beside WRONG_NOUNS.
_CALLED_WRONGS = WRONG_NOUNS | words("provocation breach infringement incursion")
# Verbs that name an act as something: "called it a provocation", "described it as a breach".
_CALLING = NAMING_VERBS | words("denounce condemn decry")
_FRAME = Frame(RelationType.ACCUSED, "call", "VERB", (), strength=0.7)


def _calling_verb(wrong: Token) -> Token | None:
    """The verb that calls (or says) the act is this wrong, if the wrong is its predicate."""
    head = wrong.head
    lemma = head.lemma_.lower()
    if wrong.dep_ == "oprd" and lemma in _CALLING:
        return head
    if wrong.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _CALLING:
        return head.head
    if (
        wrong.dep_ == "attr"
        and lemma == "be"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in SAYING
    ):
        return head.head
    return None


def _is_wrong(noun: Token) -> bool:
    """A wrong noun, or "act" of one ("an act of aggression")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in _CALLED_WRONGS:
        return True
    return noun.lemma_.lower() == "act" and any(
        p.lemma_.lower() in _CALLED_WRONGS
        for c in noun.children
        if c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _doers(wrong: Token, verb: Token, index: ActorIndex) -> list[Ref]:
    """Actors a "by" phrase names on the wrong, on a participle describing it ("crimes
    committed by X") or on a noun of its "of" chain; or on an active verb of calling, where the
    parser may hang it ("called the strike a breach by Iran")."""
    hosts = [wrong]
    if wrong.dep_ == "oprd" and any(c.dep_ == "nsubj" for c in verb.children):
        hosts.append(verb)
    tok = wrong
    while True:
        nxt = [p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not nxt:
            break
        tok = nxt[0]
        hosts.append(tok)
    # "what Kishida called war crimes committed by Russian forces": the doer on a participle
    hosts += [c for h in hosts[:1] for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    doers = arg.prep_objects(hosts, ("by",))
    if not doers:
        # "what it called Russian interference": the demonym names the doer. Not an owner
        # ("condemned what he called the rebels' attacks"): there the calling mostly frames
        # a condemnation, which is no charge of its own.
        owners = [c for c in wrong.children if c.dep_ == "amod"]
        return [r for o in owners if (r := index.direct(o)) is not None]
    return [r for d in doers for m in (d, *d.conjuncts) for r in index.refs(m, possessor=True)]


def _speakers(verb: Token, index: ActorIndex) -> list[Ref]:
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = own or grammatical_subjects(verb)
    return [r for s in subjects for r in index.refs(s)]


def called_wrongs(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ACCUSED facts: who calls an act a wrong by another accuses that other."""
    out: list[Fact] = []
    for wrong in doc[index.dateline_end :]:
        if not _is_wrong(wrong):
            continue
        verb = _calling_verb(wrong)
        if verb is None or any(c.dep_ == "neg" for c in wrong.head.children):
            continue  # "said the drills were not a provocation"
        status = verb_status(verb)
        doers = _doers(wrong, verb, index)
        speakers = _speakers(verb, index) if doers and status is not None else []
        if status is None or not speakers:
            continue
        reading = Reading(_FRAME, verb, (verb, wrong), status, _FRAME.strength, speakers, doers)
        for s in speakers:
            for t in doers:
                if s.actor_id == t.actor_id or own_side(index, s.actor_id, t.actor_id):
                    continue
                conf = confidence(_FRAME.strength, s, t)
                out.append(Fact(s.actor_id, _FRAME.type, t.actor_id, status, conf, reading))
    return out
