"""Who nameless people are said to be: "two men it says are officers of Russia's GRU".

"Britain has charged two men it says are officers of the GRU with attempted murder": the men
are named by no one, but the clause on them says whose they are; the relation on them reaches
the body or state that the identity names, as "two GRU officers" would (actors_at.py reads
that). Only a relative clause of saying or identifying whose inner clause is a bare "be" with
the identity as its complement, and whose subject is the pronoun of the teller ("it", "they",
"he", "she"): "men who were officers" tells nothing of the teller, and is read elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

_TELLING = words("say believe identify describe suspect allege claim")
_TELLERS = frozenset({"it", "they", "he", "she", "we"})


def said_identities(noun: Token) -> list[Token]:
    """The complements a relative clause of saying gives `noun`: "men it says are officers of
    the GRU" gives "officers"; [] for any other shape."""
    out: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _TELLING:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _TELLERS for c in clause.children):
            continue
        for inner in clause.children:
            if inner.dep_ != "ccomp" or inner.lemma_.lower() != "be":
                continue
            if any(c.dep_ in ("nsubj", "neg") for c in inner.children):
                continue  # its own subject: not the noun's identity; "are not": denied
            out += [c for c in inner.children if c.dep_ == "attr"]
    return out
