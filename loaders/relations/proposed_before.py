"""Whose proposal is "the proposal"? The one the story told putting it forward before.

"Trump unveiled his peace plan ... Hamas also dismissed the proposal", "The draft, put forward
by the United States and Albania, won 10 votes ... Nebenzia rejected the draft", "Burhan and
Hamdok signed the agreement ... the coalition rejected the deal": a definite noun of terms with
no owner refers back to the latest proposal the story told, and whoever made it is the one
rejected (ANNOTATION: REJECTED, target who made the proposal). A proposal is told by its maker's
verb ("unveiled a plan", "offered a ceasefire", "signed the accord") or by an owned noun of
terms ("Saudi Arabia's offer", "a U.S.-drafted text", "a ceasefire declared by Addis Ababa").

This is charged_before.py's search (same window: several sentences back, then the lede) for
the other half of what REJECTED answers: there an accusation, here terms put forward. Only
definite ownerless nouns ("rejected a plan" may be anybody's), only backwards, and never a
maker on the rejecting side (a side does not reject its own terms here). Who brokered or hosted
the terms did not offer them, so only verbs of making count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.charged_before import tokens_back
from loaders.relations.lexicon import words
from loaders.relations.offered_terms import OFFERED_TERMS, PROPOSALS, offerers
from loaders.relations.said_before import others_than

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

TERMS = OFFERED_TERMS | PROPOSALS
# Verbs whose subject made the terms they take as object ("unveiled a plan", "tabled a draft").
_MAKING = words("propose offer unveil present table submit draft float put declare announce")
# Signing makes a deal its signers' ("Burhan and Hamdok signed the agreement ... the coalition
# rejected the deal"), never a plan or an idea: "the UAE signed accords ... he rebuffed the idea".
_SIGNING = words("sign")
_SIGNED = words("agreement deal accord pact truce ceasefire cease-fire armistice text")
# Verbs whose object is the terms whatever word names them ("proposed a transition").
_OFFERING = words("propose offer")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


def _definite_unowned(noun: Token, index: ActorIndex) -> bool:
    if noun.lemma_.lower() not in TERMS:
        return False
    if any(c.dep_ in ("poss", "acl", "relcl") for c in noun.children):
        return False  # "Canberra's offer", "a truce declared by X": read by the frame
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children):
        return False
    if any(index.direct(c) is not None for c in noun.children):
        return False  # "the U.S. proposal": owned
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _subjects(verb: Token, index: ActorIndex) -> list[Ref]:
    return [r for s in passives.logical_source(verb) for r in index.refs(s)]


def _makers(tok: Token, rejected: Token, index: ActorIndex) -> list[Ref]:
    """Who made terms told at this token: an owned or made noun of terms, or a verb of
    proposing whose object is terms (any object for "propose" and "offer")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in TERMS:
        owners = index.claimants(tok) or offerers(tok, index)
        if owners:
            return owners
        making = _MAKING | (_SIGNING if rejected.lemma_.lower() in _SIGNED else frozenset())
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in making:
            return _subjects(tok.head, index)
        return []
    if tok.pos_ != "VERB" or lemma not in _OFFERING:
        return []
    if not passives.logical_objects(tok) and not any(c.dep_ == "xcomp" for c in tok.children):
        return []  # "offered to help", "proposed staying": the offer is the clause
    return _subjects(tok, index)


def proposers_before(noun: Token, reacting: Token, index: ActorIndex) -> list[Ref]:
    """The maker of the terms a definite ownerless noun of terms refers back to, or []."""
    if not _definite_unowned(noun, index):
        return []
    reactors = [r.actor_id for r in _subjects(reacting, index)]
    for tok in tokens_back(noun, index):
        makers = _makers(tok, noun, index)
        if makers:
            return others_than(index, reactors, makers)
    return []
