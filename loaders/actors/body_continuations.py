"""The rest of a body's name the NER cut off after "of" or "for".

The small model ends long names at their first link word: "the Supreme Court" + "of the
Donetsk People's Republic", "the State Agency" + "for National Security", "the Council of
Asian Liberals" + "and Democrats". A body noun closing the entity and a proper name right after
its "of"/"for" are one name; the body then keeps every relation its full name carries. A state
after the link ("the Foreign Ministry of Russia") is left alone: a ministry of a state speaks
for it, and the gazetteer reads the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.body_heads import BODY_HEADS
from loaders.actors.gazetteer import country_by_regex

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span

_CUT_HEADS = BODY_HEADS | {"court", "agency", "office", "institute", "bureau", "tribunal",
                           "directorate", "service", "ministry", "department", "centre",
                           "center", "board", "command"}  # fmt: skip
"""Nouns closing an entity whose "of"/"for" may go on with the body's own name."""

_LINKS = frozenset({"of", "for"})
_POSSESSIVE = ("'s", "’s")
_NAMED_KINDS = ("ORG", "GPE", "PERSON")


def continued_body(ent: Span, free: Callable[[int, int], bool]) -> Span:
    """`ent` with the unclaimed name that continues it ("Supreme Court of the ... Republic"),
    or `ent` itself when nothing does."""
    doc = ent.doc
    end = ent.end
    while end - ent.start > 1 and doc[end - 1].lower_ in _LINKS | {"the"}:
        end -= 1  # "The Supreme Court of" + "Ukraine": the NER's entity ends on its link
    if doc[end - 1].lower_ in _CUT_HEADS and end < len(doc) and doc[end].lower_ in _LINKS:
        start = _past_article(doc, end + 1)
        run_end = _name_run_end(doc, start)
        if run_end > start and free(end, run_end):
            end = run_end
    if any(t.lower_ in _LINKS for t in doc[ent.start : end]):
        end = _coordinated_word_end(doc, end, free)
    return doc[ent.start : end]


def _past_article(doc: Doc, i: int) -> int:
    """After "the" and a hyphened lower-case qualifier: "of the self-proclaimed ..."."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    hyphened = i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
    if hyphened and doc[i].is_lower and doc[i + 2].is_lower:
        i += 3
    return i


def _name_run_end(doc: Doc, start: int) -> int:
    """End of the proper name opening at `start`: a name the NER tagged (as a body, place or
    even a person: "Luhansk People's Republic") that names no state, or a run of capitalised
    proper nouns; `start` when there is none."""
    if start >= len(doc):
        return start
    first = doc[start]
    if first.ent_iob_ == "B" and first.ent_type_ in _NAMED_KINDS:
        ent = next(e for e in doc.ents if e.start == start)
        return start if country_by_regex(ent.text) else ent.end
    end = start
    while end < len(doc) and (
        (_proper(doc, end) and doc[end].ent_type_ in ("", "ORG"))
        or (doc[end].text in _POSSESSIVE and end > start and _proper(doc, end + 1))
    ):
        end += 1
    return end


def _proper(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and doc[i].is_alpha


def _coordinated_word_end(doc: Doc, end: int, free: Callable[[int, int], bool]) -> int:
    """ "Council of Asian Liberals" + "and Democrats": one capitalised word after "and" that
    opens no name of its own (no person, state or body) and ends the phrase."""
    word = end + 1
    if end >= len(doc) or doc[end].lower_ != "and" or word >= len(doc):
        return end
    tok = doc[word]
    last = word + 1 >= len(doc) or not doc[word + 1].is_title
    if tok.is_title and tok.is_alpha and tok.ent_type_ in ("", "NORP") and last:
        return word + 1 if free(end, word + 1) else end
    return end
