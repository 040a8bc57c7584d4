"""A person spoken of again by the noun the text described them with.

Custody stories introduce a detainee once with a description ("Daniel Okafor, a British
engineer", "British engineer Daniel Okafor") and go on with "the engineer", "the 45-year-old
engineer": the jailer is often named only in that later sentence ("The engineer had been held by
Iran for four years"). A definite singular noun with no actor of its own stands for the one
person the sentence or the three before described with the same noun, in apposition or in front
of the name. Two people described alike, or none, and it stands for nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

_WINDOW = 3


def _described(noun: Token) -> list[Token]:
    """The name tokens a noun describes: "Okafor, a British engineer" (apposition either way
    round), "British engineer Daniel Okafor" (the noun in front of the name)."""
    out: list[Token] = []
    if noun.dep_ == "appos":
        out.append(noun.head)
    out += [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        out.append(noun.head)
    return out


def described_person(tok: Token, person_of: Callable[[Token], str | None]) -> str | None:
    """The actor id of the one person described before with `tok`'s noun, or None.
    `person_of(token)` gives the id of the person a token names, if any."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ in ("compound", "appos"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    doc, start = tok.doc, tok.sent.start
    for _ in range(_WINDOW):
        if start > 0:
            start = doc[start - 1].sent.start
    lemma = tok.lemma_.lower()
    found: set[str] = set()
    for noun in doc[start : tok.i]:
        if noun.lemma_.lower() != lemma or noun.pos_ != "NOUN":
            continue
        found |= {p for t in _described(noun) if (p := person_of(t)) is not None}
    if not found:
        return _described_before(tok, lemma, start, person_of)
    return next(iter(found)) if len(found) == 1 else None


def _described_before(
    tok: Token, lemma: str, end: int, person_of: Callable[[Token], str | None]
) -> str | None:
    """The one person the article described with `lemma` before token `end`, if every use of
    the word before `tok` is about that person or a bare "the <noun>" (see the module doc)."""
    found: set[str] = set()
    for word in tok.doc[: tok.i]:
        if word.lemma_.lower() != lemma and word.lower_ != lemma:
            continue
        people = {p for t in _described(word) if (p := person_of(t)) is not None}
        if word.pos_ == "PROPN" and not people:
            people = {p for p in [person_of(word.head)] if p is not None}
        if people and word.i < end:
            found |= people
        elif not people and not _bare_definite(word):
            return None  # "the chief prosecutor said": someone the word names unnamed
    return next(iter(found)) if len(found) == 1 else None


def _bare_definite(word: Token) -> bool:
    """ "the cleric": a noun with only "the" in front, pointing back rather than describing."""
    front = [c for c in word.children if c.i < word.i]
    return word.pos_ == "NOUN" and [c.lower_ for c in front] == ["the"]
