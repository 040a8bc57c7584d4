"""The court an article names in full, for the unnamed court it first speaks of.

News leads with "A Moscow court sentenced ..." and names the court later ("the Moscow City
Court found ..."). Both are the one body: the lead's place word is in the full name. Only a
court whose name holds every name word of the short form, and only one such court.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def full_court_name(short: Span) -> str | None:
    """The full name of the one capitalised court of the article whose words hold the short
    form's name words ("A Moscow court" -> "Moscow City Court"), or None."""
    if short[-1].lower_ != "court":
        return None
    words = {t.text for t in short[:-1] if t.text[:1].isupper() and t.lower_ not in ("a", "an")}
    if not words:
        return None
    names = {n for n in _court_names(short.doc) if words <= set(n.split())}
    return names.pop() if len(names) == 1 else None


def _court_names(doc: Doc) -> list[str]:
    """Capitalised court names: "Moscow City Court", "Beijing No. 2 Intermediate People's
    Court"."""
    out: list[str] = []
    for tok in doc:
        if tok.text != "Court" or tok.i == 0:
            continue
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            if prev.text == "." and start > 1 and doc[start - 2].text == "No":
                start -= 2  # "No. 2": the tokenizer splits the abbreviation's point off
                continue
            if not (prev.pos_ == "PROPN" or prev.like_num or prev.text in ("No.", "'s", "’s")):
                break
            start -= 1
        if start < tok.i:
            out.append(doc[start : tok.i + 1].text)
    return out
