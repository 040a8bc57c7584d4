"""Ties established under an accord: the states that set them up are its parties.

"Morocco established diplomatic relations with Israel under the Abraham Accords", "the UAE and
Bahrain normalised ties with Israel in U.S.-brokered agreements", "the Abraham Accords, under
which the UAE normalised relations with Israel", "an agreement under which Saudi Arabia and Iran
restored diplomatic ties": opening ties through a named deal is concluding that deal, so each
state doing it has an agreement with the one it did it "with" (or, with no "with", the states
doing it have one with each other). The deal must be named in the clause: ties opened without
one ("the two states restored relations in March") say nothing of a signing. Ties only sought
("pressing Saudi Arabia to establish ties", "not ready to establish relations") are left to the
modality reading of the verb, which drops them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs
from loaders.relations.lexicon import AGREEMENT_NOUNS, Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_OPENING = words("normalise normalize establish restore forge")
_TIES = words("tie relation relationship")
_FRAMING = words("under in through")
_STRENGTH = 0.65
_FRAME = Frame(RelationType.SIGNED_AGREEMENT_WITH, "normalise", "VERB", ("prep:with",))


def _is_deal(tok: Token) -> bool:
    return tok.lemma_.lower() in AGREEMENT_NOUNS or tok.lower_ in ("accords", "accord")


def _ties(verb: Token) -> Token | None:
    """The ties opened: "established diplomatic relations", "normalised ties"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in _TIES:
            return child
    return None


def _framed_by_deal(verb: Token, ties: Token) -> bool:
    """A deal names the frame: "under the Accords", "relations ... in agreements", "the pact
    under which" (the parse hangs the phrase on the verb or on the ties)."""
    for prep in [*verb.children, *ties.children]:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in _FRAMING
            and any(_is_deal(t) for t in arg.prep_objects([prep.head], (prep.lower_,)))
        ):
            return True
    return verb.dep_ in ("relcl", "acl") and _is_deal(verb.head)


def _states(found: list[Ref], doc: Doc) -> list[Ref]:
    """The parties, not the deal: "the Abraham Accords" is named as an actor too."""
    return [r for r in found if not _is_deal(doc[r.token])]


def _partners(verb: Token, ties: Token, index: ActorIndex) -> list[Ref]:
    """Whom the ties are with: "relations with Israel", "established ties with Israel"."""
    return _states(refs(index, arg.prep_objects([ties, verb], ("with",)), False), verb.doc)


def normalised_ties(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SIGNED_AGREEMENT_WITH between states that opened ties under a deal."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _OPENING:
            continue
        ties = _ties(verb)
        if ties is None or not _framed_by_deal(verb, ties):
            continue
        status = verb_status(verb)
        if status is None:
            continue
        doers = _states(refs(index, passives.logical_source(verb), False), doc)
        partners = _partners(verb, ties, index)
        if not partners:  # "Saudi Arabia and Iran restored ties": with each other
            partners = doers
        if not doers:
            continue
        reading = Reading(_FRAME, verb, (verb, ties), status, _STRENGTH, doers, partners)
        kind = RelationType.SIGNED_AGREEMENT_WITH
        out += facts_between(doers, kind, partners, status, _STRENGTH, reading)
    return out
