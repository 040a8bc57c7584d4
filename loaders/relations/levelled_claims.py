""" "X denied sending fighters, an accusation levelled by Y": the accuser tacked on a denial.

News English reports a denial first and names who made the charge in an afterthought: "Ankara
has denied sending fighters to the region, an accusation levelled by France and Russia", "Moscow
denied any role, a charge first made by Kyiv". The claim noun hangs on the denial verb (or on its
object) and its participle's agent is the accuser. That accuser ACCUSED the one denying, and the
one denying REJECTED the accuser. charge_tails reads the mirror ("X accused Y of ...,
charges Y rejects"), where the accusation comes first.

Only a denial that happened counts (`verb_status`: not negated, not hypothetical), and only a
claim noun whose participle is one of making a charge ("levelled", "made", "brought"): "a claim
repeated by state media" is an echo, not an accusation, and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.facts import facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import DENYING, DISPUTED_CLAIMS, Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_MAKING = words("level make bring lodge raise file")
_ACCUSATION = Frame(RelationType.ACCUSED, "accusation", "NOUN", (), strength=0.7)
_DENIAL = Frame(RelationType.REJECTED, "deny", "VERB", (), strength=0.7)


def _denial_verb(claim: Token) -> Token | None:
    """The verb of denial a claim noun is tacked onto, through an apposed object at most."""
    head = claim.head
    if claim.dep_ not in ("npadvmod", "appos", "dep") or head.i == claim.i:
        return None
    if head.pos_ in ("NOUN", "PRON") and head.dep_ in ("dobj", "xcomp"):
        head = head.head  # "denied the reports, claims made by Y"
    return head if head.pos_ == "VERB" and head.lemma_.lower() in DENYING else None


def levelled_claims(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ACCUSED (accuser -> denier) and REJECTED (denier -> accuser) facts of ", an accusation
    levelled by Y" after a denial."""
    out: list[Fact] = []
    for claim in doc[index.dateline_end :]:
        if claim.pos_ != "NOUN" or claim.lemma_.lower() not in DISPUTED_CLAIMS:
            continue
        verb = _denial_verb(claim)
        if verb is None or claim.i < verb.i:
            continue
        makers = [
            a
            for c in claim.children
            if c.dep_ == "acl" and c.lemma_.lower() in _MAKING
            for a in passives.agents(c)
        ]
        accusers = [r for m in makers for r in index.refs(m)]
        deniers = [r for s in grammatical_subjects(verb) for r in index.refs(s)]
        status = verb_status(verb)
        if not accusers or not deniers or status is None:
            continue
        accused = Reading(_ACCUSATION, claim, (claim,), status, 0.7, accusers, deniers)
        out += facts_between(accusers, RelationType.ACCUSED, deniers, status, 0.7, accused)
        denial = Reading(_DENIAL, verb, (verb,), status, 0.7, deniers, accusers)
        out += facts_between(deniers, RelationType.REJECTED, accusers, status, 0.7, denial)
    return out
