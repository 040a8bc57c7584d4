"""The people a partitive names after a comma: "detained two of its reporters, A and B",
"arrested three of the tourists, A, B and C".

The slot's head is the number ("two"), and the parser hangs the names either on the partitive's
noun (appos) or, losing the comma's sense, on the verb (npadvmod). Either way the names that
follow the comma right after "two of its reporters" are the ones acted on. Only people count,
and only a list that the comma opens right after the partitive: "detained two of its reporters
on Monday, Berg said" names Berg as a speaker, not a detainee.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

_HUNG_ON = frozenset({"appos", "npadvmod", "dep"})


def _partitive_noun(tok: Token) -> Token | None:
    """ "two of its reporters" -> reporters (a common noun, no name of its own)."""
    if tok.tag_ != "CD" and tok.lower_ not in ("some", "several", "many", "both"):
        return None
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    nouns = [p for c in of for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return nouns[0] if nouns else None


def partitive_members(index: ActorIndex, tok: Token) -> list[Ref]:
    noun = _partitive_noun(tok)
    if noun is None or index.span(noun.i) is not None:
        return []
    doc = tok.doc
    comma = noun.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    first = doc[comma + 1 :]
    span = index.span(comma + 1)
    if span is None or index.kind(span[2]) != "PERSON":
        return []
    root = next((t for t in first[: span[1] - comma - 1] if t.head.i not in range(*span[:2])), None)
    if root is None or root.dep_ not in _HUNG_ON or root.head.i not in (noun.i, tok.head.i):
        return []
    members = [r for t in arg.with_conjuncts(root) for r in index.refs(t)]
    return [r for r in members if index.kind(r.actor_id) == "PERSON"]
