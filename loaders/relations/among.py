"""Who "who" is when the text counts them among others: "X and Y were among the leaders who
condemned the assault" -> X and Y condemned it (the relative clause hangs on "leaders")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def among_those(noun: Token) -> list[Token]:
    """ "X and Y were among the leaders who condemned ...": X and Y did. The parser often folds
    such a list of long names into one phrase, so every name in the subject is one of them
    (but an owner, "Ukraine's" in "Ukraine's Zelensky", is not)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_.lower() != "be":
        return []
    subjects = [c for c in prep.head.children if c.dep_ == "nsubj"]
    return [
        t
        for subj in subjects
        for t in subj.subtree
        if t.pos_ == "PROPN" and t.dep_ != "poss" and not any(c.dep_ == "case" for c in t.children)
    ]
