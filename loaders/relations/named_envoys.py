"""The envoy a summons names after a comma: "summoned Pakistan's top diplomat, Saad Warraich,".

A summons is read with roles (frames_apply): an office named by its state ("Pakistan's top
diplomat") stands for that state, and the apposition is left out because an expulsion's target
stays the diplomats' state. A summons is a meeting with the person too (ANNOTATION.md: summoning
an envoy is MET_WITH, recorded at the level the text names), so the person the comma names
after the office, or after the post it holds ("the envoy in Brasilia, charge d'affaires X"),
is a target beside the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.actors_at import Ref

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex


def named_envoys(index: ActorIndex, objects: list[Token]) -> list[Ref]:
    """ "summoned Pakistan's top diplomat, Saad Warraich,": a summons meets the envoy the comma
    names as well as the state the office stands for (the roles reading keeps only the state,
    which an expulsion wants alone)."""
    out: list[Ref] = []
    for tok in (o for o in objects if o.pos_ == "NOUN"):
        named = [r for c in tok.children if c.dep_ == "appos" for r in index.refs(c)]
        comma = _comma_after(tok)
        person = _titled_name(index, tok.doc, comma + 1) if comma is not None else None
        if not named and person is not None:
            named = [person]
        out += [r for r in named if index.kind(r.actor_id) == "PERSON"]
    return out


def _titled_name(index: ActorIndex, doc: Doc, start: int) -> Ref | None:
    """The actor whose name opens at `start`, perhaps after a title ("charge d'affaires X")."""
    for k in range(start, min(start + 4, len(doc))):
        span = index.span(k)
        if span is not None and span[0] == k:
            return Ref(span[2], "name", k)
        if doc[k].dep_ != "compound":
            return None
    return None


def _comma_after(tok: Token) -> int | None:
    """The comma right after an office noun, or after the post it names ("the envoy in
    Brasilia,"), which the parser may hang on the verb."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    if after < len(doc) and doc[after].lower_ in ("in", "to") and doc[after].head.i == tok.head.i:
        after = doc[after].right_edge.i + 1
    return after if after + 1 < len(doc) and doc[after].text == "," else None
