"""Words around a name that say it names a place, not a person or a body: "the town of Huwara",
"its main city Stepanakert", "the Reporyje district", "the northern Iraqi city of Erbil".

The small NER often tags a town or region it does not know as a person's name or an
organization. News names such places with a settlement noun before or after them somewhere in
the article, or only ever as where something happened ("in Khan Younis", "near Sudzha"); a
person or a body is named neither way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SETTLEMENT_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "port",
                              "capital", "district", "districts", "region", "province", "kibbutz",
                              "settlement", "suburb", "neighbourhood", "neighborhood", "oblast",
                              "governorate", "municipality", "enclave", "outskirts"})  # fmt: skip
"""Nouns for an inhabited place: "the port of X", "regional capital X", "the X region"."""

_WHERE_PREPS = frozenset({"in", "near", "inside", "outside", "around"})
"""Prepositions whose object is where something happened, never who acted."""


def place_names(doc: Doc) -> frozenset[str]:
    """Every name a lower-case settlement noun names as a place in this article: "the town(s)
    of X", "main city X", "kibbutz X", "the X district"."""
    found: set[str] = set()
    for tok in doc:
        if tok.lower_ not in SETTLEMENT_NOUNS or not tok.is_lower or tok.dep_ == "compound":
            continue  # "a town hall": no place named
        after = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of" else tok.i + 1
        for name in (_name_from(doc, after, 1), _name_from(doc, tok.i - 1, -1)):
            if name:
                found.add(name)
    return frozenset(found)


def _name_from(doc: Doc, i: int, step: int) -> str:
    """The capitalised name starting (step 1) or ending (step -1) at token i, or ""."""
    if not 0 <= i < len(doc) or not _capitalised(doc[i]):
        return ""
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    if ent is not None and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return ent.text
    j = i
    while 0 <= j + step < len(doc) and _capitalised(doc[j + step]):
        j += step
    start, end = min(i, j), max(i, j) + 1
    return doc[start:end].text


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.i > tok.sent.start


def where_object(span: Span) -> bool:
    """ "killed in Khan Younis", "fought near Sudzha": the object of a preposition of place
    that tells where an act happened. Hung on a noun it is no place: "shares in EuRoPol Gaz",
    "trust in Maria Kessler"."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in _WHERE_PREPS and prep.head.pos_ in ("VERB", "AUX")


def names_a_place(name: str, spans: list[Span], places: frozenset[str]) -> bool:
    """A name with no title is a place's when a settlement noun names it so in the article, or
    when every mention is only where something happened."""
    if name in places:
        return True
    return bool(spans) and all(where_object(s) for s in spans)
