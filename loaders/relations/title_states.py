"""A person's own state read from the post words around a mention, when the actor stage left none.

"U.S. special envoy for the Horn of Africa Jeffrey Feltman met Burhan in Khartoum", "Brian Hook,
the U.S. special representative for Iran", "U.S. Health and Human Services Secretary Alex Azar":
a reader knows whose official this is, but a long or broken title run ("for the Horn of Africa",
"Health and Human Services", a parse after a dateline) leaves the person's state empty, and a
visit needs the visitor's state (a person in his own country visits nothing). Only a state in
the person's own title counts: right before the name across post words, or first in an
apposition after it. A state after "to" or "for" is the field or posting of the post ("envoy to
Russia", "envoy for Iran"), not whom it serves, and the walk stops at any other punctuation,
verb or actor, so a state of the clause around the name is never taken for the person's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_RUN = 10
"""How many post words before a name are read: "U.S. special envoy for the Horn of Africa"."""
_FIELD_MARKS = frozenset({"to", "for"})
"""Words before a state that make it the post's field or posting, not its owner."""
_LINKS = frozenset({"of", "for", "to", "and", "the", "'s", "’s", "."})
"""Small words inside a title run ("Secretary of Health and Human Services")."""
_ARTICLES = frozenset({"the", "a", "an"})


def home_state(index: ActorIndex, doc: Doc, person: str) -> str | None:
    """The person's state code: the actor stage's, else the state of their own title."""
    own = index.country(person)
    if own is not None:
        return own
    for m in doc._.mentions or []:
        if m.actor_id != person or m.how not in ("name", "title") or m.start < index.dateline_end:
            continue
        found = _state_before(index, doc, m.start) or _state_after(index, doc, m.end)
        if found is not None:
            return found
    return None


def _state_of(index: ActorIndex, tok: Token) -> tuple[str, str | None] | None:
    """(actor id, state code) of the actor `tok` is part of, if any."""
    ref = index.direct(tok)
    if ref is None:
        return None
    return ref.actor_id, (
        index.country(ref.actor_id) if index.kind(ref.actor_id) == "COUNTRY" else None
    )


def _state_before(index: ActorIndex, doc: Doc, start: int) -> str | None:
    """ "U.S. special envoy for the Horn of Africa Jeffrey Feltman": the state starting the
    title run right before the name."""
    i, seen = start - 1, 0
    while i >= 0 and seen < _RUN and doc[i].sent == doc[start].sent:
        tok = doc[i]
        actor = _state_of(index, tok)
        if actor is not None:
            actor_id, code = actor
            first = i
            while first > 0 and (ref := index.direct(doc[first - 1])) and ref.actor_id == actor_id:
                first -= 1
            if code is None:
                return None  # another person or a body: "Trump's envoy X"
            if first > 0 and doc[first - 1].lower_ in _FIELD_MARKS:
                i, seen = first - 2, seen + 2  # "envoy to Russia X": the posting; walk on
                continue
            return code
        if tok.lower_ not in _LINKS and not (tok.is_alpha and tok.pos_ in ("NOUN", "PROPN", "ADJ")):
            return None
        i, seen = i - 1, seen + 1
    return None


def _state_after(index: ActorIndex, doc: Doc, end: int) -> str | None:
    """ "Brian Hook, the U.S. special representative for Iran": the state first in an
    apposition after the name."""
    i = end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in _ARTICLES | {"then", "former"}:
        i += 1
    if i >= len(doc):
        return None
    actor = _state_of(index, doc[i])
    if actor is None or actor[1] is None:
        return None
    j = i
    while j < len(doc) and (ref := index.direct(doc[j])) and ref.actor_id == actor[0]:
        j += 1
    nxt = doc[j] if j < len(doc) else None
    if nxt is None or not ((nxt.is_alpha and nxt.is_lower) or nxt.lower_ in ("'s", "’s")):
        return None  # "Hook, the U.S. said": a clause, not a post
    return actor[1]
