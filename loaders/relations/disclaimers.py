"""Denials told as a lack of part in the act: "U.S. officials said they had no involvement",
"Moscow played no role in the blast", "Kyiv had nothing to do with the attack".

Saying one had no part in what one is accused of rejects the accusation (ANNOTATION.md:
REJECTED counts denying an accusation); like a bare denial (denials.py), it names no claim, so
it answers the accusation the story reported against the one disclaiming, in the nearest
sentence before it, and nothing when the story reported none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.denials import answered_by
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.reported import own_side
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_PART = words("involvement role part hand connection link knowledge")
_HAVING = words("have play bear")
_DISCLAIMER = Frame(RelationType.REJECTED, "have", "VERB", (), strength=0.75)


def _no_part(verb: Token) -> bool:
    """ "had no involvement", "played no role", "had nothing to do with"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ == "nothing" and any(c.dep_ in ("relcl", "acl") for c in obj.children):
            return True
        if obj.lemma_.lower() in _PART and any(
            c.dep_ == "det" and c.lower_ == "no" for c in obj.children
        ):
            return True
    return False


def disclaimers(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """REJECTED facts: who says they had no part answers the latest accusation against them."""
    out: list[Fact] = []
    for tok in doc[index.dateline_end :]:
        if (
            tok.lemma_.lower() not in _HAVING
            or tok.pos_ not in ("VERB", "AUX")
            or not _no_part(tok)
        ):
            continue
        status = verb_status(tok)
        deniers = [r for s in grammatical_subjects(tok) for r in index.refs(s)]
        if tok.dep_ == "ccomp":  # "Israel said Washington had no part" is no denial of its own
            speakers = [r for s in grammatical_subjects(tok.head) for r in index.refs(s)]
            deniers = [
                d for d in deniers if any(own_side(index, s.actor_id, d.actor_id) for s in speakers)
            ]
        if status is None or not deniers:
            continue
        reading = Reading(_DISCLAIMER, tok, (tok,), status, _DISCLAIMER.strength, deniers)
        out += answered_by(reading, doc, facts, index)
    return out
