"""Backing whose verb the tagger took for the adverb "back": "Russia and Iran back President
Bashar al-Assad", "Egypt and the Emirates back Haftar".

After a coordinated subject the small model reads the plural "back" as an adverb (as in "flew
back") and hangs the whole clause on the names, so neither the trigger matcher nor
mistagged_verbs (which needs a clause head) sees a verb. The surface still says it: names joined
only by "and"/"the" + "back" + the backed one's name (titles allowed before it). The word before
the names must not be a verb or preposition ("pushed Russia back", "from Iran back to"), and a
comma ends the names ("In Syria, Russia and Iran back ..." keeps Syria out). Asserted as fact
like any present-tense statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_GLUE = frozenset({"and", "the"})
_NOT_BEFORE = frozenset({"VERB", "AUX", "ADP"})
_TITLE_TAGS = frozenset({"PROPN"})
_FRAME = Frame(RelationType.SUPPORTED, "back", "VERB", ("dobj",))
_STRENGTH = 0.7
_SPAN = 8


def _backers(index: ActorIndex, back: Token) -> list[Ref]:
    """The names joined by "and" right before "back", or [] when anything else (a comma, a
    word that is not a name) breaks them or a verb or preposition governs them."""
    doc = back.doc
    found: list[Ref] = []
    i = back.i - 1
    while i >= max(index.dateline_end, back.i - _SPAN):
        tok = doc[i]
        ref = index.direct(tok)
        if ref is not None:
            if all(r.actor_id != ref.actor_id for r in found):
                found.append(ref)
        elif tok.lower_ not in _GLUE:
            break
        i -= 1
    if i >= 0 and doc[i].pos_ in _NOT_BEFORE:
        return []
    joined = any(t.lower_ == "and" for t in doc[i + 1 : back.i])
    return found if len(found) > 1 and joined else []


def _backed(index: ActorIndex, back: Token) -> Ref | None:
    """The actor named right after "back", past titles ("President Bashar al-Assad")."""
    for tok in back.doc[back.i + 1 : back.i + 4]:
        ref = index.direct(tok)
        if ref is not None:
            return ref
        if tok.pos_ not in _TITLE_TAGS:
            return None
    return None


def mistagged_backing(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SUPPORTED from coordinated names to the one named after an adverb-tagged "back"."""
    out: list[Fact] = []
    for back in doc[index.dateline_end :]:
        if back.lower_ != "back" or back.pos_ != "ADV":
            continue
        sources = _backers(index, back)
        target = _backed(index, back)
        if not sources or target is None:
            continue
        sources = [s for s in sources if s.actor_id != target.actor_id]
        targets = [target]
        reading = Reading(_FRAME, back, (back,), Status.OCCURRED, _STRENGTH, sources, targets)
        kind = RelationType.SUPPORTED
        out += facts_between(sources, kind, targets, Status.OCCURRED, _STRENGTH, reading)
    return out
