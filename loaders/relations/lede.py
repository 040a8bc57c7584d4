"""Reading the first sentence again without its dateline.

"ISTANBUL, July 23 - Russia and Ukraine each signed agreements with Turkey ..." is the most
important sentence of a news story, and the dateline in front of it wrecks its parse (the city
becomes the subject). The sentence after the dash is parsed on its own, the actor stage's
mentions are carried over by character offsets, and its facts replace those of the original.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.mentions import Mention
from loaders.relations.arguments import dateline_end

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def lede_without_dateline(doc: Doc, nlp: Language, stop_at: str) -> tuple[Doc, int, int] | None:
    """The first sentence after its dateline as a parsed Doc, its character offset, and where
    (in the Doc's characters) the first sentence ends.

    The sentence after it is parsed along (and not read for facts): the lede may introduce
    people the next sentence names ("Five Americans released by Iran ... among them A, B and C").
    """
    end = dateline_end(doc)
    if end == 0 or end >= len(doc):
        return None
    first = doc[end].sent
    base = doc[end].idx
    after = first.end  # the next sentence, past a paragraph break's whitespace token
    while after < len(doc) and doc[after].is_space:
        after += 1
    upto = doc[after].sent.end_char if after < len(doc) else first.end_char
    sub = nlp.make_doc(doc.text[base:upto])
    for name, proc in nlp.pipeline:
        if name == stop_at:
            break
        if not name.startswith("diplograph"):
            sub = proc(sub)
    sub._.actors = doc._.actors
    sub._.published = doc._.published
    sub._.ruling_militaries = doc._.ruling_militaries
    sub._.mentions = _carry_mentions(doc, sub, base, upto)
    return sub, base, first.end_char - base


def _carry_mentions(doc: Doc, sub: Doc, base: int, limit: int) -> list[Mention]:
    carried: list[Mention] = []
    for m in doc._.mentions or []:
        span = doc[m.start : m.end]
        if span.start_char < base or span.end_char > limit:
            continue
        start, end = span.start_char - base, span.end_char - base
        target = sub.char_span(start, end, alignment_mode="expand")
        if target is not None:
            carried.append(Mention(target.start, target.end, m.actor_id, m.how))
    return carried
