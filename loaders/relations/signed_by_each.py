"""A text signed "by A ... and by B": A and B signed it with each other.

"The accord was signed by A for the government and by B for the opposition", "the deal was
signed at a hotel by the deputy head of the council, A, and by B on behalf of the alliance":
news English names each signer of a two-sided text in a "by" phrase of its own, often with the
side he signs for between them. The parser hangs the second "by" anywhere (on the first one's
"for", on a place noun, on the verb as a conjunct), so the signers are read in order: the first
person named after each "by" under the signing verb. Two "by" phrases, two different people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.actors_at import ActorIndex
from loaders.relations.facts import Fact
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SIGNED = RelationType.SIGNED_AGREEMENT_WITH
_STRENGTH = 0.7


def _passive_signing(verb: Token) -> bool:
    """ "was signed by", "the accord, signed by": a signing whose signers follow "by"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "sign":
        return False
    return verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)


def _signer_after(by: Token, stop: int, index: ActorIndex) -> str | None:
    """The first person named after a "by", before the next "by" (or the clause's end)."""
    for tok in by.doc[by.i + 1 : stop]:
        ref = index.direct(tok)
        named = ref is not None and ref.how not in ("pronoun", "group")
        if named and ref is not None and index.kind(ref.actor_id) == "PERSON":
            return ref.actor_id
    return None


def _joined(second_by: Token) -> bool:
    """ "... by A and by B": the second "by" follows the list's "and"; "signed by A and
    witnessed by B" names a witness, no second signer."""
    return second_by.i > 0 and second_by.doc[second_by.i - 1].lower_ == "and"


def signed_by_each(sentences: list[tuple[Span, int]]) -> list[Fact]:
    """SIGNED_AGREEMENT_WITH between the two people each named in a "by" of one signing."""
    out: list[Fact] = []
    for sent, offset in sentences:
        index = ActorIndex(sent.doc)
        for verb in sent:
            if not _passive_signing(verb):
                continue
            subtree = list(verb.subtree)
            bys = [t for t in subtree if t.lower_ == "by" and t.i > verb.i]
            if len(bys) != 2 or not _joined(bys[1]):
                continue
            end = subtree[-1].i + 1
            stops = [bys[1].i, end]
            signers = [_signer_after(b, s, index) for b, s in zip(bys, stops, strict=True)]
            status = verb_status(verb)
            a, b = signers
            if a is None or b is None or a == b or status is None:
                continue
            frame = Frame(_SIGNED, "sign", "VERB", ())
            reading = Reading(frame, verb, (verb,), status, _STRENGTH, offset=offset)
            out.append(Fact(a, _SIGNED, b, status, round(_STRENGTH - 0.1, 2), reading))
    return out
