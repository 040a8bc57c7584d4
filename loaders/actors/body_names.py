"""Whether an organization the NER tagged is a body that can act, and which words name it.

The small model tags documents ("the Comprehensive Economic and Trade Agreement"), products
("Javelin missiles"), datelines ("JERUSALEM (Reuters) -"), posts ("a former U.S. Marine") and
outlets cited as sources as organizations; none of them acts in the story. Pure over the Span, so
the actor component keeps to claiming and naming.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.body_heads import headed_by_body
from loaders.actors.filters import (
    BYLINE,
    DOCUMENT_WORDS,
    MEDIA_ACTING,
    PLACE_HEADS,
    TENURE_WORDS,
    THING_HEADS,
    affiliated,
    in_dateline,
    in_parentheses,
)
from loaders.actors.organizations import is_media
from loaders.actors.syntax import governing_token, is_cited_source
from loaders.actors.titles import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Span


def body_name(ent: Span) -> Span | None:
    """The words of `ent` that name an acting body ("the", a dateline's tail and a possessive
    "'s" left out), or None when it names no body."""
    doc = ent.doc
    dash = next((t.i for t in ent if t.text in ("-", "–", "—") and t.whitespace_), None)
    if dash is not None:  # "Feb 5 - A Beijing court": the dateline's tail folded in
        ent = doc[dash + 1 : ent.end]
        while len(ent) > 1 and ent[0].pos_ == "DET":
            ent = ent[1:]
        if len(ent) == 0:
            return None
    span = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
    if len(span) > 1 and span[-1].text in ("'s", "’s"):
        span = span[:-1]
    if not span.text[:1].isupper() or (span.text.isupper() and len(span) > 3):
        return None
    if len(span) == 1 and span[0].tag_ in ("NN", "NNS"):
        return None
    if in_dateline(span) or (is_media(span.text) and in_parentheses(span)):
        return None  # "JERUSALEM (Reuters) -": where and who filed, not who acted
    if span[-1].lower_ in PLACE_HEADS | THING_HEADS or span[0].lower_ in DOCUMENT_WORDS:
        return None
    if not headed_by_body(span) and any(
        t.lower_ in DOCUMENT_WORDS and (t.i == span.end - 1 or doc[t.i + 1].pos_ == "ADP")
        for t in span
    ):
        return None  # "the Comprehensive Economic and Trade Agreement at Chequers": a document
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (
        after.lower_ in THING_HEADS or (after.text == "-" and not span[-1].whitespace_)
    ):
        return None  # "Javelin missiles", "SSN-AUKUS": a product, not a body
    if any(t.lower_ in DOCUMENT_WORDS for t in doc[max(0, span.start - 3) : span.start]):
        return None  # "the Treaty on the Non-Proliferation of ..."
    if is_media(span.text) and (is_cited_source(span) or BYLINE.match(span.sent.text)):
        return None
    if is_media(span.text) and governing_token(span.root).dep_ not in MEDIA_ACTING:
        return None  # "worked for The Moscow Times": an outlet acts only as subject or object
    if len(span) == 1 and (is_title_word(span.text) or span[0].lower_ in TENURE_WORDS):
        return None  # "a former U.S. Marine", "Caretaker Prime Minister ...": a post, not a body
    if affiliated(span):
        return None
    return span
