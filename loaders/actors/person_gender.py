"""Whether the article itself shows a named person to be a man or a woman.

There is no table of given names: the evidence is what the text says around the person's own
mentions. An address or rank right before or inside the name ("Mrs Zaghari-Ratcliffe", "Queen
Elizabeth", "Prince Faisal"), and a gendered noun the name stands in apposition with ("His wife,
Vida Mehrannia", "Richard Ratcliffe, her husband"). A possessive is no evidence ("Zelenskiy's
spokeswoman" says nothing of Zelenskiy), nor is any word not tied to the name by the parse. A
person with evidence of both kinds is left undecided.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.mentions import Mention

FEMALE = "f"
MALE = "m"

_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen",
                            "princess", "duchess", "baroness", "sheikha", "empress"})  # fmt: skip
_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "baron", "sheikh",
                          "emperor"})  # fmt: skip
_FEMALE_NOUNS = frozenset({"wife", "widow", "mother", "daughter", "sister", "grandmother",
                           "granddaughter", "niece", "aunt", "woman", "spokeswoman",
                           "congresswoman", "businesswoman", "chairwoman", "actress"})  # fmt: skip
_MALE_NOUNS = frozenset({"husband", "widower", "father", "son", "brother", "grandfather",
                         "grandson", "nephew", "uncle", "man", "spokesman", "congressman",
                         "businessman"})  # fmt: skip


def person_genders(doc: Doc, person_mentions: list[Mention]) -> dict[str, str]:
    """Actor id -> "f" or "m" for each person the text marks one way only."""
    seen: dict[str, set[str]] = {}
    for m in person_mentions:
        for g in _mention_evidence(doc, m):
            seen.setdefault(m.actor_id, set()).add(g)
    return {actor: next(iter(gs)) for actor, gs in seen.items() if len(gs) == 1}


def _word(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def _mention_evidence(doc: Doc, m: Mention) -> set[str]:
    found: set[str] = set()
    titles = [doc[i] for i in range(max(0, m.start - 1), m.end)]
    for tok in titles:
        if tok.is_title or tok.is_upper:  # "Queen Elizabeth", not "the king's envoy"
            found |= _gender_of(_word(tok), _FEMALE_TITLES, _MALE_TITLES)
    root = doc[m.start : m.end].root
    tied = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        tied.append(root.head)
    for noun in tied:
        if not (m.start <= noun.i < m.end):
            found |= _gender_of(_word(noun), _FEMALE_NOUNS, _MALE_NOUNS)
    return found


def _gender_of(word: str, female: frozenset[str], male: frozenset[str]) -> set[str]:
    if word in female:
        return {FEMALE}
    if word in male:
        return {MALE}
    return set()
