"""An act done "under a deal with Y": the doer has a deal with Y.

"Turkey released the pilot under a deal with Russia", "Under an agreement with Egypt, Israel
reopened the crossing", "she was allowed to leave under a deal with U.S. prosecutors": the deal
frames the clause's act, so it exists, and its parties are the clause's doer and whoever the
deal is "with". The act must be real (OCCURRED) or firmly planned ("will reopen ... under a deal
with" is PLANNED); a deal sought ("wants a deal with", "pushing for a deal with") frames
nothing and is not read here. A deal "between" others, or one only "in exchange for", names no
party of the doer's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading, refs
from loaders.relations.lexicon import AGREEMENT_NOUNS, Frame, words
from loaders.relations.modality import combine, noun_status, verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_DEALS = AGREEMENT_NOUNS - words("statement declaration exchange swap")
_FRAMING = words("under through")
_STRENGTH = 0.7
_FRAME = Frame(RelationType.SIGNED_AGREEMENT_WITH, "deal", "NOUN", ("prep:with",))


def _doers(verb: Token, index: ActorIndex) -> list[Ref]:
    """Who acted under the deal: the subject, or, for "was allowed to leave", the one let go."""
    found = refs(index, passives.logical_source(verb), False)
    if found or not passives.is_passive(verb):
        return found
    return refs(index, passives.logical_objects(verb), False)


def under_deals(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SIGNED_AGREEMENT_WITH between the doer of an act framed by a deal and the deal's "with"."""
    out: list[Fact] = []
    for deal in doc[index.dateline_end :]:
        if deal.lemma_.lower() not in _DEALS or deal.dep_ != "pobj":
            continue
        prep = deal.head
        verb = prep.head
        if prep.lower_ not in _FRAMING or verb.pos_ not in ("VERB", "AUX"):
            continue
        status = combine(noun_status(deal), verb_status(verb))
        if status is None:
            continue
        partners = refs(index, arg.prep_objects([deal], ("with",)), False)
        doers = _doers(verb, index)
        if not doers and verb.dep_ == "xcomp":  # "was allowed to leave": the one allowed
            doers = _doers(verb.head, index)
        doers = [d for d in doers if d.actor_id not in {p.actor_id for p in partners}]
        if not partners or not doers:
            continue
        reading = Reading(_FRAME, deal, (deal, verb), status, _STRENGTH, doers, partners)
        kind = RelationType.SIGNED_AGREEMENT_WITH
        out += facts_between(doers, kind, partners, status, _STRENGTH, reading)
    return out
