"""Cues right around a person's name: the state they belong to, and spellings of their surname.

"Russian arms dealer Viktor Bout" and "King Abdullah II of Jordan" name the state next to the
name without a post title run ("Russian Foreign Minister ...", read in people.py); a later
"Zelenskiy" is the "Zelensky" named before, spelt another way. Pure functions over the Doc and
the gazetteer hits, so people.py keeps to grouping names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from anyascii import anyascii
from rapidfuzz import fuzz

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.actors.matcher import Hit


def norm_word(text: str) -> str:
    """A name word as compared: without accents, case and an "al-" particle ("Al-Sudani")."""
    ascii_text = anyascii(text).lower()
    for particle in ("al-", "el-"):
        if ascii_text.startswith(particle):
            ascii_text = ascii_text[len(particle) :]
    return re.sub(r"[^a-z0-9]", "", ascii_text)


def state_before(doc: Doc, start: int, hit_end: dict[int, Hit]) -> str | None:
    """ "Russian arms dealer Viktor Bout", "Australian writer Yang Hengjun", "Britain's Brexit
    Secretary Stephen Barclay": a state right before a plain description of the person, or the
    field of a post, starting at `start` (not "Iranian-American", a dual origin). `hit_end` maps
    a hit's last token index to the hit."""
    j, words = start - 1, 0
    while j >= 0 and j not in hit_end and words < 3:
        tok = doc[j]
        if tok.text in ("'s", "’s") and words:  # "Britain's Brexit Secretary Stephen Barclay"
            j -= 1
            break
        if not (tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ")) and not _portfolio(
            tok, start
        ):
            return None
        j, words = j - 1, words + 1
    hit = hit_end.get(j)
    if hit is None or hit.kind not in ("COUNTRY", "DEMONYM", "SEAT"):
        return None
    if hit.end < len(doc) and doc[hit.end].text == "-":
        return None
    if hit.start > 0 and doc[hit.start - 1].text == "-":
        return None
    if hit.start > 1 and doc[hit.start - 1].text in ("'s", "’s"):
        return None  # "Trump's Ukraine envoy Keith Kellogg": the owner's envoy, for Ukraine
    return hit.key


def _portfolio(tok: Token, start: int) -> bool:
    """A capitalised word naming the field of a post: "Brexit" in "Brexit Secretary"."""
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.i >= start


def state_after(doc: Doc, name_end: int, hit_at: dict[int, Hit]) -> str | None:
    """ "King Abdullah II of Jordan", "President Ana Ruiz of Peru": the state after the name
    ending at `name_end`. `hit_at` maps a hit's first token index to the hit."""
    if name_end + 1 >= len(doc) or doc[name_end].lower_ != "of":
        return None
    hit = hit_at.get(name_end + 1)
    return hit.key if hit is not None and hit.kind == "COUNTRY" else None


def spelling_variant(word: str, surnames: list[str]) -> str | None:
    """ "zelenskiy" for "zelensky", "nechaev" for "nechayev": the one known surname within a
    letter or two, with the same start, similar enough; none when two surnames are that close."""
    close = [
        key
        for key in surnames
        if len(word) >= 5
        and word[:3] == key[:3]
        and abs(len(word) - len(key)) <= 2
        and fuzz.ratio(word, key) >= 85
    ]
    return close[0] if len(close) == 1 else None
