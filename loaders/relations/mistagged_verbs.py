"""Trigger verbs the tagger took for a noun or an adjective: "Iran, which Israel and the United
States accuse of ...", "Panama rejects", "France and Germany mediate between", "Armenia will in
turn free two soldiers".

The small model tags a bare or third-person verb form as a noun or adjective when it stands where
a noun often does (after a coordinated subject, at the end of a relative clause, "free" after
"will"), yet keeps the clause around it: the word heads a clause and has a subject before it. The
trigger matcher asks for the part of speech, so such a verb would be lost; here a word in that
position whose lemma is a verb frame's is handed back as that verb. A word with a determiner,
possessor or modifier of its own is a noun phrase ("a ban it imposed"), and a word in a noun's
slot (object, apposition) is not a clause: both stay nouns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_MISTAGGED = frozenset({"NOUN", "ADJ", "PROPN"})
_CLAUSE_HEADS = frozenset({"ROOT", "relcl", "ccomp", "advcl", "conj"})
_NOUN_MARKS = frozenset({"det", "poss", "amod", "nummod", "compound", "case"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def verb_lemma(token: Token) -> str | None:
    """The verb lemma of a word tagged noun or adjective that stands in a verb's place (heads a
    clause, has a subject before it, no determiner or modifier of its own); None otherwise."""
    if token.pos_ not in _MISTAGGED or token.dep_ not in _CLAUSE_HEADS:
        return None
    if any(c.dep_ in _NOUN_MARKS for c in token.children):
        return None
    if not any(c.dep_ in _SUBJECTS and c.i < token.i for c in token.children):
        return None
    return token.lemma_.lower()
