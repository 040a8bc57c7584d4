""" ", charges Kigali rejects": a denial tacked on after a reported accusation.

News English sums up an accusation it has just reported with a bare noun and the accused's
denial: "HRW accused Rwanda of torture, charges Kigali rejects", "..., allegations Moscow denies".
The parser reads that tail as nonsense ("charges" a verb, "rejects" a plural noun), so the
afterthought is read from its surface: a comma, a claim noun, an actor, a verb of denial. The
one denying rejects whoever accused them in that sentence (denials.answered_by, which takes only
accusations aimed at the denier's own side, so a tail about someone else answers nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.denials import answered_by
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_CLAIMS = frozenset(
    {"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claims"}
)
_DENIES = frozenset({"rejects", "rejected", "denies", "denied", "disputes", "disputed"})
_DENIAL = Frame(RelationType.REJECTED, "reject", "VERB", (), strength=0.7)


def _tail(comma: Token, index: ActorIndex) -> tuple[Token, Token] | None:
    """(the actor's first token, the denial word) of ", [a] charge(s) X rejects", or None."""
    doc, i = comma.doc, comma.i + 1
    if i < len(doc) and doc[i].lower_ in ("a", "an"):
        i += 1
    if i + 2 >= len(doc) or doc[i].lower_ not in _CLAIMS:
        return None
    span = index.span(i + 1)
    if span is None or span[1] >= len(doc) or doc[span[1]].lower_ not in _DENIES:
        return None
    return doc[i + 1], doc[span[1]]


def tacked_on_denials(doc: Doc, facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """REJECTED facts: ", charges X rejects" answers the accusation against X just reported."""
    out: list[Fact] = []
    for comma in (t for t in doc[index.dateline_end :] if t.text == ","):
        tail = _tail(comma, index)
        if tail is None:
            continue
        deniers = index.refs(tail[0])
        reading = Reading(_DENIAL, tail[1], (tail[1],), Status.OCCURRED, 0.7, deniers)
        out += answered_by(reading, doc, facts, index)
    return out
