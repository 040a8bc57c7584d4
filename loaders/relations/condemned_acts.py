"""Whose expulsion, ban or sentence did the critic condemn? The one the article already told.

"Ghana expelled Nigeria's envoy. Abuja called the expulsion unjustified": a definite act noun
with no owner of its own refers back to the latest earlier report of an act of the same kind,
and the condemned is that act's doer. The kind is the lexicon's own: a noun that triggers
EXPELLED, DETAINED, SANCTIONED or ATTACKED ("the expulsion", "the arrest", "the ban", "the
strike") takes up the latest earlier fact of that type, whose doer the relation stage has
already resolved ("Russian police detained X" -> Russia), which a word-level back-reference
(bridging.py) cannot. It runs after the other readers and adds only where the condemnation
found no target at all; the reacting side is never its own target (evaluations.aimed_at).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.actors_at import Ref
from loaders.relations.evaluations import act_doers, aimed_at
from loaders.relations.facts import facts_between
from loaders.relations.labels import labelled
from loaders.relations.lexicon import CONDEMNED, FRAMES, words
from loaders.relations.rebukes import condemnation_reading
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType as R

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_ACT_TYPES = (R.EXPELLED, R.DETAINED, R.SANCTIONED, R.ATTACKED)
# Nouns of a mutual or standing state, not of one side's act: "the war", "the clashes".
_NO_ONE_SIDE = words("war clash skirmish insurgency occupation control duty")
# What a court hands down names the detention it orders: "denounced the sentence".
_COURT_ACTS = words("sentence sentencing verdict conviction")
_COURT_VERBS = words("sentence convict jail imprison sentencing conviction imprisonment jailing")
ACT_NOUNS: dict[str, R] = {
    f.lemma: f.type
    for f in FRAMES
    if f.pos == "NOUN" and f.type in _ACT_TYPES and f.lemma not in _NO_ONE_SIDE
} | dict.fromkeys(_COURT_ACTS, R.DETAINED)
_OBJECT_VERBS = frozenset(f.lemma for f in CONDEMNED if f.pos == "VERB" and "dobj" in f.targets)
_LABEL_VERBS = frozenset(f.lemma for f in CONDEMNED if f.pos == "VERB" and "labelled" in f.targets)
_VERB_TYPES: dict[str, set[R]] = {}
for _f in FRAMES:
    if _f.pos == "VERB" and _f.type in _ACT_TYPES:
        _VERB_TYPES.setdefault(_f.lemma, set()).add(_f.type)
# Nouns of deciding an act told by the verb under them: "the decision to expel X".
_DECIDED = words("decision move order plan")
# Reactions told by how the reacting side feels: "was outraged by the verdict".
_AFFRONTED = words("outraged appalled angered incensed")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _patients(noun: Token, kind: R, index: ActorIndex) -> list[str]:
    """Who the act was done to, named with it: "the two men's detention", "the arrest of X",
    "the decision to arrest X" (a verb of the same kind under the noun)."""
    held = [c for c in noun.children if c.dep_ == "poss"] + arg.prep_objects([noun], ("of",))
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    held += [
        o
        for v in verbs
        if kind in _VERB_TYPES.get(v.lemma_.lower(), ())
        for o in v.children
        if o.dep_ == "dobj"
    ]
    return sorted({r.actor_id for h in held for r in index.refs(h)})


def _act(noun: Token, index: ActorIndex) -> tuple[R, list[str]] | None:
    """The fact type an act noun names and the patients named with it, for a noun with no doer
    named of its own; a bare noun only when definite ("the expulsion")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or index.refs(noun):
        return None
    kind = ACT_NOUNS.get(lemma)
    if kind is None and lemma in _DECIDED:  # "the decision to arrest X"
        verbs = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        kinds = [k for v in verbs for k in _VERB_TYPES.get(v.lemma_.lower(), ())]
        kind = kinds[0] if kinds else None
    if kind is None:
        return None
    patients = _patients(noun, kind, index)
    if patients:
        return kind, patients
    before = noun.doc[noun.i - 1] if noun.i > 0 else noun
    if before.lower_ not in _DEFINITE:  # "called the detention unacceptable", the parse aside
        return None
    if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in noun.children):
        return None  # "the ban on Russian goods": read where its ends are named
    if any(index.refs(c) for c in noun.subtree if c is not noun):
        return None
    return kind, []


def _reactions(tok: Token) -> tuple[list[Token], list[Token]]:
    """A reaction's reacting side and the acts it names: "condemned the X", "called the X
    illegal", "was outraged by the X"."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in _AFFRONTED and tok.pos_ in ("VERB", "ADJ"):
        feeling = tok.head if tok.dep_ == "acomp" else tok  # "was appalled at": the copula's
        return grammatical_subjects(feeling), arg.prep_objects([tok], ("by", "at", "over"))
    if tok.pos_ != "VERB":
        return [], []
    acts = list(passives.logical_objects(tok)) if lemma in _OBJECT_VERBS else []
    acts += labelled(tok) if lemma in _LABEL_VERBS else []
    return passives.logical_source(tok), acts


def _position(fact: Fact) -> int:
    return fact.reading.trigger.idx + fact.reading.offset


def _latest_doers(
    found: list[Fact], kind: R, before: int, patients: list[str], *, court: bool
) -> list[str]:
    """The doers of the latest earlier fact of a type (all sources of its trigger), done to
    one of the patients when the act names them."""
    earlier = [f for f in found if f.type is kind and _position(f) < before]
    earlier = [f for f in earlier if f.target in patients] if patients else earlier
    if court:  # "the verdict" takes up a sentence, not the arrest before it
        earlier = [f for f in earlier if f.reading.trigger.lemma_.lower() in _COURT_VERBS]
    if not earlier:
        return []
    last = max(_position(f) for f in earlier)
    return sorted({f.source for f in earlier if _position(f) == last})


def _taken_up(it: Token, reaction: Token, found: list[Fact], index: ActorIndex) -> list[Ref]:
    """What "it" takes up: nothing when its own sentence already condemned an act ("condemned
    the attack, calling it illegal" is read there); the act a previous sentence's reaction
    condemned ("X called the launch outrageous. Y called it a provocation"); else the previous
    sentence's act (evaluations.act_doers)."""
    sent = it.sent
    if any(_in(f, sent.start_char, it.idx) for f in found if f.type is R.CONDEMNED):
        return []
    start = sent.start
    before = it.doc[it.doc[start - 1].sent.start].idx if start > 0 else sent.start_char
    earlier = [f for f in found if f.type is R.CONDEMNED and _in(f, before, sent.start_char)]
    if earlier:
        refs = [Ref(f.target, "proxy", it.i) for f in earlier]
        return aimed_at(refs, it, reaction, index)
    return act_doers(it, reaction, index)


def _in(fact: Fact, start: int, end: int) -> bool:
    return start <= _position(fact) < end


def _doers(act: Token, reaction: Token, found: list[Fact], index: ActorIndex) -> list[Ref]:
    """Who did the act a reaction names, never the reacting side nor the act's patient."""
    if act.pos_ == "PRON":  # "called it a reckless provocation": the act told just before
        return _taken_up(act, reaction, found, index)
    named = _act(act, index)
    if named is None:
        return []
    kind, patients = named
    court = act.lemma_.lower() in _COURT_ACTS
    latest = _latest_doers(found, kind, act.idx, patients, court=court)
    ids = [a for a in latest if a not in patients]
    return aimed_at([Ref(a, "proxy", act.i) for a in ids], act, reaction, index)


def condemned_acts(doc: Doc, found: list[Fact], index: ActorIndex) -> list[Fact]:
    """Condemnations of "the expulsion", "the ban", "X's arrest", "it": the act's doer, for
    reactions that found no target otherwise."""
    answered = {f.reading.trigger.i for f in found if f.type is R.CONDEMNED}
    out: list[Fact] = []
    for tok in doc:
        if tok.i in answered:
            continue
        subjects, acts = _reactions(tok)
        sources = [r for s in subjects for r in index.refs(s)]
        for act in acts if sources else []:
            doers = _doers(act, tok, found, index)
            reading = condemnation_reading(tok, sources, doers) if doers else None
            if reading is not None:
                out.extend(facts_between(sources, R.CONDEMNED, doers, reading.status, 0.7, reading))
    return out
