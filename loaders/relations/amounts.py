"""An amount named before the kind it is of: "announced $2 billion in military aid for
Ukraine", "$300 million in loans to Egypt".

The parser makes the amount ("billion") the verb's object and hangs both the kind ("in aid")
and the receiver ("for Ukraine") on it, so the trigger noun "aid" has neither a light verb nor
a receiver of its own. The amount stands in for the noun: its verb carries the noun, and its
prepositions are the noun's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_AMOUNT_WORDS = words("billion million trillion $ dollar euro pound yen worth")


def amount_of(noun: Token) -> Token | None:
    """The amount `noun` is counted in ("billion" in "$2 billion in aid"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    amount = prep.head
    if amount.i > noun.i or amount.pos_ not in ("NOUN", "NUM", "SYM"):
        return None
    counted = amount.lemma_.lower() in _AMOUNT_WORDS or amount.like_num
    return amount if counted else None
