"""Sanction targets named in a later sentence than the sanctioner: "The EU imposed sanctions on
40 officials. Those targeted include X and Y", "Russia said it would bar eight U.S. officials.
The list included X", "Britain sanctioned five banks. The measures also target X".

News announces a sanction with a count ("40 officials", "11 Americans") and names the people in
the next sentence, whose subject points back at the sanction: the list, those targeted, the
officials blacklisted, the measures. That sentence names no sanctioner; the sanctioner is the
doer of the nearest sanctioning clause in it or the two sentences before (the subject of
"sanctioned", "blacklisted", "barred", or of the verb carrying a sanctions noun, "imposed
sanctions"). Only the nearest such clause counts, and only if it names its doer: a nearer
sanction by nobody named ("Washington threatened sanctions" read as a threat) hides older ones.
A list with a kind of its own ("the guest list", "the delegation") points at no sanction, and a
denied or hedged inclusion ("do not include", "could include") asserts nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import SANCTION_NOUNS, Frame, words
from loaders.relations.modality import REPORTING, combine, verb_status
from loaders.relations.noun_verbs import answering, light_verb
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from schema.ontology import Status

_FRAME = Frame(RelationType.SANCTIONED, "include", "VERB", ("dobj",), strength=0.7)
_INCLUDING = words("include target hit cover name affect comprise be")
_LISTS = words("list blacklist")
_MEASURES = SANCTION_NOUNS | words("measure penalty")
_PICKED = frozenset({"targeted", "sanctioned", "blacklisted", "named", "listed", "barred",
                     "banned", "hit", "affected", "designated"})  # fmt: skip
"""Participles that make "those targeted", "the officials blacklisted" the sanction's targets."""
_LIST_KINDS = words("sanction sanctions black entity")
"""Modifiers that keep a list a sanctions list ("the sanctions list"); any other ("the guest
list", "the candidate list") makes it a list of something else."""
_SANCTIONING = words("sanction blacklist bar ban")
_BACK = 2


def carried_sanctions(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _INCLUDING:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        included = _object(verb)
        if subject is None or included is None or not _points_back(subject):
            continue
        status = verb_status(verb)
        targets = refs_of(index, arg.with_conjuncts(included)) if status else []
        found = _sanctioner(verb.sent, index, _speakers_states(verb, index)) if targets else None
        if status is None or not targets or found is None:
            continue
        sources, earlier = found
        status = combine(status, earlier)
        if status is None:
            continue
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength, sources, targets)
        kind, strength = RelationType.SANCTIONED, _FRAME.strength - 0.1
        out += [
            Fact(s.actor_id, kind, t.actor_id, status, confidence(strength, s, t), reading)
            for s in sources
            for t in targets
            if s.actor_id != t.actor_id
        ]
    return out


def _object(verb: Token) -> Token | None:
    """What is included; for "be" its complement ("the individuals sanctioned are X and Y")."""
    dep = "attr" if verb.lemma_.lower() == "be" else "dobj"
    return next((c for c in verb.children if c.dep_ == dep), None)


def _points_back(subject: Token) -> bool:
    """ "the list", "those targeted", "the officials blacklisted", "the new measures"."""
    lemma = subject.lemma_.lower()
    det = {c.lower_ for c in subject.children if c.dep_ == "det"}
    picked = any(c.dep_ in ("acl", "amod") and c.lower_ in _PICKED for c in subject.children)
    if picked:  # "those targeted", "the individuals sanctioned", "the blacklisted officials"
        return subject.lower_ == "those" or bool(det & {"the", "these"})
    if not det & {"the", "this", "these"}:
        return False
    if lemma in _LISTS:
        own_kind = [c for c in subject.children if c.dep_ in ("compound", "amod", "nmod", "prep")]
        return all(c.lemma_.lower() in _LIST_KINDS for c in own_kind)
    return lemma in _MEASURES or lemma in ("freeze",)


def _speakers_states(verb: Token, index: ActorIndex) -> set[str]:
    """ "Spokeswoman Hua said the measures would also target X": the states of who reports."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return set()
    speakers = [r for s in grammatical_subjects(verb.head) for r in index.refs(s)]
    return {s for r in speakers if (s := index.state_of(r.actor_id)) is not None}


def _sanctioner(
    sent: Span, index: ActorIndex, speakers: set[str]
) -> tuple[list[Ref], Status] | None:
    """The doers of the nearest sanctioning clause before `sent` (up to two sentences back);
    when both sides sanctioned there, the measures a state's official reports are her state's
    ("China sanctioned X, days after the US sanctioned Y. Its spokeswoman said the measures").
    A counter-measure ("Minsk hit back with counter-sanctions") yields to the sanction it
    answers, which the list that follows names the targets of."""
    doc = sent.doc
    start = sent.start
    for _ in range(_BACK):
        if start > 0:
            start = doc[start - 1].sent.start
    nearest: tuple[list[Ref], Status] | None = None
    for tok in reversed(doc[start : sent.start]):
        verb = _sanctioning_verb(tok)
        if verb is None:
            continue
        status = verb_status(verb)
        sources = refs_of(index, passives.logical_source(verb))
        if nearest is None and (status is None or not sources):
            return None
        if status is None or not sources:
            continue
        if answering(verb):
            nearest = nearest or (sources, status)  # "Minsk hit back with counter-sanctions"
            continue
        nearest = nearest or (sources, status)
        if not speakers or any(s.actor_id in speakers for s in sources):
            return sources, status
    return nearest


def _sanctioning_verb(tok: Token) -> Token | None:
    """ "sanctioned", "blacklisted", "barred" themselves; "imposed" for "imposed sanctions"."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _SANCTIONING:
        return tok
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEASURES:
        return light_verb(tok)
    return None
