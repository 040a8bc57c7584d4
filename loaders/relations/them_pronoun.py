"""The pronouns "they" and "them" for a group of actors named just before: "Berlin
declared 40 members of the Russian embassy's staff undesirable, accusing them of spying";
"Prigozhin demanded that Shoigu and Gerasimov be removed, accusing them of incompetence".

The actor stage resolves "he" and "she"; a plural pronoun is otherwise no actor. A predictable
rule: it refers to the nearest plural noun phrase or coordination of names before it in its own
sentence. If that phrase names no actor ("lifting the sanctions ... them"), the pronoun stands for
nobody: the nearest candidate blocks every farther one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Not "their": an owner reaches too far ("no faith in Canada's commitment to their safety").
_THEY = frozenset({"they", "them"})
_PLURAL = frozenset({"NNS", "NNPS"})


def them_antecedents(tok: Token) -> list[Token]:
    """The tokens of the phrase "they"/"them" refers to (each conjunct), or []."""
    if tok.lower_ not in _THEY or tok.pos_ != "PRON":
        return []
    for cand in reversed(tok.doc[tok.sent.start : tok.i]):
        if cand.pos_ not in ("NOUN", "PROPN"):
            continue
        if cand.dep_ == "conj" and cand.head.pos_ in ("NOUN", "PROPN"):
            first = cand.head
            members = [first, *first.conjuncts]  # "Shoigu and Gerasimov"
            # "Shoigu and the chief of the General Staff, Valery Gerasimov": the name the
            # parser hung inside an office's phrase
            return members + [
                t
                for m in members
                if m.pos_ == "NOUN"
                for t in m.subtree
                if t.dep_ == "appos" and t.pos_ == "PROPN"
            ]
        if cand.tag_ in _PLURAL and cand.dep_ not in ("compound", "amod", "npadvmod"):
            return [cand, *cand.conjuncts]
    return []
