"""Who takes part in what a trigger noun names when the parse puts them one step away.

"talks in the Chinese capital between A and B": "between" hangs on the place inside the noun's
phrase, not on "talks"; "the first meeting since the invasion between A and B": on the event
that dates it. "an hour of talks that Stoltenberg hosted and chaired with Erdogan and
Kristersson": the parties are the subject and the "with" objects of a relative clause on the
noun. Both shapes keep the trigger's own meaning (talks are a meeting of their parties), so
reading them costs no precision that reading the plain shape does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.lexicon import MEASURE_NOUNS
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex


_PLACE_PREPS = frozenset({"in", "at", "on", "of"})
"""Where the talks were ("in the Chinese capital", a noun even when it names a state) or what
they were ("rounds of negotiations between ...")."""


def nested_between(noun: Token, index: ActorIndex) -> list[Token]:
    """Objects of a "between" hung on a place or measure noun inside the trigger's phrase."""
    inner = [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        and (index.span(pobj.i) is None or pobj.pos_ == "NOUN")
        and pobj.lemma_.lower() not in _FIGHTS
    ]
    return arg.between_objects(inner) or _between_after_since(noun, index)


_FIGHTS = frozenset({"war", "conflict", "fighting", "clash", "hostility", "violence"})
"""A fight's "between" names its sides, not the parties of the statement or talks about it:
"a joint statement on the war between Israel and Hamas" is no deal of Israel with Hamas."""


def _between_after_since(noun: Token, index: ActorIndex) -> list[Token]:
    """ "the first meeting since the invasion between Putin and Erdogan": "since" dates the
    trigger, and the parser hangs the trigger's "between" on the event it is dated by. Only
    people: an invasion or a war is not "between" two persons, while "since the war between
    Russia and Ukraine" may well be the war's own parties."""
    landmarks = [
        pobj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "since"
        for pobj in prep.children
        if pobj.dep_ == "pobj" and index.span(pobj.i) is None
    ]
    parties = arg.between_objects(landmarks)
    kinds = {index.kind(r.actor_id) for t in parties for r in index.refs(t)}
    return parties if kinds == {"PERSON"} else []


_ACHIEVING = frozenset({"help", "lead", "end", "bring", "produce", "secure", "yield", "pave"})
"""Verbs whose subject, a mediation, achieves what they govern: "helped end", "led to"."""


def achieved_between(noun: Token) -> list[Token]:
    """The "between" parties of what a mediation noun, as subject, achieved: "Kuwait's
    mediation helped end the rift between Qatar and Saudi Arabia", "Egyptian mediation led to
    a truce between Israel and Hamas". A mediation that only "sought" or "aimed at" an end is
    read by the verb's own modality."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _ACHIEVING:
        return []
    steps = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    goals = [c for s in steps for c in s.children if c.dep_ in ("dobj", "attr")]
    goals += [g for p in arg.prep_objects(steps, ("to",)) for g in (p,)]
    return arg.between_objects(goals)


def relative_clause_parties(noun: Token) -> tuple[list[Token], list[Token]]:
    """(subjects, "with" objects) of a relative clause on the noun: "talks that X held with Y";
    or on the measure it is counted in: "an hour of talks that X chaired with Y"."""
    holders = [noun]
    if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURE_NOUNS:
        holders.append(noun.head.head)
    for child in (c for h in holders for c in h.children):
        if child.dep_ != "relcl" or child.pos_ not in ("VERB", "AUX"):
            continue
        verbs = [child, *child.conjuncts]
        subjects = [t for t in grammatical_subjects(child) if t.lower_ not in ("that", "which")]
        partners = arg.prep_objects(verbs, ("with",))
        if subjects and partners:
            return subjects, partners
    return [], []
