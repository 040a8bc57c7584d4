"""Which person a bare surname names when several people of the article share it.

"Cristiana Chamorro" and "Juan Sebastian Chamorro" are two people, siblings or cousins in one
story. A later bare "Chamorro" is one of them only when the text makes that one the clear
antecedent: the only one of them named earlier in the same sentence, or, failing that, the only
one named in the sentence before. Otherwise the surname names nobody: a guess would hang the
other's acts on the wrong person, and a third node would be a person the article never named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.name_words import KIN
from loaders.actors.names import inside_body_name, name_word
from loaders.actors.person_cues import norm_word

if TYPE_CHECKING:
    from collections.abc import Sequence, Set

    from spacy.tokens import Doc, Token

    from loaders.actors.people import Person


def antecedent(doc: Doc, namesakes: Sequence[Person], at: int) -> Person | None:
    """The one of `namesakes` the bare surname at token `at` refers back to, if clear."""
    earlier = [p for p in namesakes if any(m.start < at for m in p.mentions)] or list(namesakes)
    if len(earlier) == 1:
        return earlier[0]
    sent = doc[at].sent
    same = _named_in(earlier, sent.start, at)
    if same:
        return same[0] if len(same) == 1 else None
    # "Griner's wife, Cherelle Griner": a relative brought in by the tie keeps her full name;
    # the bare surname stays with the one person named in their own right.
    principals = [p for p in earlier if not _introduced_as_kin(doc, p)]
    if len(principals) == 1:
        return principals[0]
    if sent.start == 0:
        return None
    before = _named_in(earlier, doc[sent.start - 1].sent.start, sent.start)
    return before[0] if len(before) == 1 else None


def _named_in(namesakes: Sequence[Person], start: int, end: int) -> list[Person]:
    return [p for p in namesakes if any(start <= m.start < end for m in p.mentions)]


def _introduced_as_kin(doc: Doc, person: Person) -> bool:
    """First named right after a family tie: "his wife, Cherelle Griner", "her brother X"."""
    if not person.mentions:
        return False
    i = min(m.start for m in person.mentions) - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in KIN


def kin_name_start(tok: Token, namesakes: Sequence[Person], taken: Set[int]) -> int | None:
    """ "Cristiana Chamorro" when the article knows Juan Sebastian Chamorro: a surname the NER
    left untagged (or called a body) with given names before it that none of its namesakes
    carries is a relative's full name, a person of their own. The start of that name, or None.
    """
    doc, start = tok.doc, tok.i
    while (
        start > 0
        and start - 1 not in taken
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i == tok.i
        and name_word(doc[start - 1])
        and doc[start - 1].ent_type_ in ("", "PERSON", "ORG")
        and not inside_body_name(doc[start - 1])
    ):
        start -= 1
    if start == tok.i:
        return None
    given = {norm_word(t.text) for t in doc[start : tok.i]}
    if any(given & set(p.words) for p in namesakes):
        return None  # "Sebastian Chamorro": a shorter form of a namesake's own name
    return start


def opens_an_aside(tok: Token) -> bool:
    """ "Vucic, for his part, said": a sentence's first word before a comma, which the parser
    often reads as an adverb; a known surname there is still the person."""
    doc = tok.doc
    return tok.i == tok.sent.start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
