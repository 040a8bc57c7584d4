"""A joint statement names its co-signers by who speaks through it.

"X and Y said in a joint statement", "In a joint statement, X and Y condemned the attack", "a
joint statement by X and Y called for calm": a joint statement is signed by the parties together
(ANNOTATION.md counts it as SIGNED_AGREEMENT_WITH), yet here the noun has no light verb ("issued
a joint statement") and no "with" or "between", so the noun frame finds no parties. The parties
are the subjects of the verb the statement is the vehicle of ("said in"), or the objects of its
"by"/"from". The verb's modality is the fact's: "are expected to say in a joint statement" is a
plan, "did not say" is nothing. A single speaker co-signs with the statement's "with" ("Japan
said in a joint statement with India").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import combine, noun_status, verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from schema.ontology import Status

_STATEMENTS = words("statement declaration communique communiqué")
_BY = ("by", "from")
_STRENGTH = 0.7


def _joint(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in noun.children)


def _speakers(noun: Token) -> tuple[list[Token], Token | None]:
    """Who speaks through the statement, and the verb whose modality counts (None: the noun's)."""
    with_ = arg.prep_objects([noun], ("with",))
    by = arg.prep_objects([noun], _BY)
    head = noun.head
    if by:  # "a joint statement by X and Y called for ...": what the statement did counts
        acting = head if noun.dep_ in ("nsubj", "nsubjpass") else None
        return by + with_, acting
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return grammatical_subjects(head.head) + with_, head.head
    return [], None


def _parties(toks: list[Token], index: ActorIndex) -> list[Ref]:
    seen: dict[str, Ref] = {}
    for tok in toks:
        for member in arg.with_conjuncts(tok):
            for ref in index.refs(member):
                seen.setdefault(ref.actor_id, ref)
    return list(seen.values())


# A statement of many governments ("the foreign ministers of eight states") is a chorus, not a
# deal each made with every other: annotators leave its 28 pairs out (the two-to-four-party
# summit declaration is one).
_MOST_SIGNERS = 4


def joint_statements(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SIGNED_AGREEMENT_WITH between every two parties speaking through one joint statement."""
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.lemma_.lower() not in _STATEMENTS or noun.pos_ != "NOUN" or not _joint(noun):
            continue
        toks, verb = _speakers(noun)
        parties = _parties(toks, index)
        if not 2 <= len(parties) <= _MOST_SIGNERS:
            continue
        status: Status | None = noun_status(noun)
        if verb is not None:
            status = combine(status, verb_status(verb))
        if status is None:
            continue
        kind = RelationType.SIGNED_AGREEMENT_WITH
        frame = Frame(kind, noun.lemma_.lower(), "NOUN", ())
        reading = Reading(frame, noun, (noun,), status, _STRENGTH)
        for i, a in enumerate(parties):
            out += facts_between([a], kind, parties[i + 1 :], status, _STRENGTH, reading)
    return out
