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

from loaders.relations.arguments import second_subject
from loaders.relations.groups import count_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Not "their": an owner reaches too far ("no faith in Canada's commitment to their safety").
_THEY = frozenset({"they", "them"})
_PLURAL = frozenset({"NNS", "NNPS"})
# Spans of time are no one "them" stands for and block nothing: "abandoning decades of
# neutrality, Erdogan accused them" means the states named before.
_TIMES = frozenset({"decade", "year", "month", "week", "day", "hour", "minute", "century"})


def them_antecedents(tok: Token) -> list[Token]:
    """The tokens of the phrase "they"/"them" refers to (each conjunct), or []."""
    if tok.lower_ not in _THEY or tok.pos_ != "PRON":
        return []
    for cand in reversed(tok.doc[tok.sent.start : tok.i]):
        if _counted_group(cand):
            return [cand]  # "complaints against all three, accusing them": the three
        if cand.pos_ not in ("NOUN", "PROPN") or _described(cand, tok):
            continue
        if cand.lemma_.lower() in _TIMES or _own_subject(cand, tok):
            continue
        if pair := _split_subjects(cand):
            return pair  # "A and B travelled to Kyiv, where they met": two nsubj, no conj
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
        if cand.dep_ == "conj" and cand.head.pos_ == "VERB" and _named(cand, tok):
            # "arrested Marek, a teacher, and Volkov, a driver, and charged them": the parser
            # hung the second name on the verb; it joins the verb's object ("expelled the
            # envoy, A, and his deputy B, accusing them": the office and the name it carries)
            objects = [c for c in cand.head.children if c.dep_ == "dobj"]
            if objects:
                return [*objects, cand]
        if cand.tag_ in _PLURAL and cand.dep_ not in ("compound", "amod", "npadvmod"):
            return [cand, *cand.conjuncts]
    return []


def _split_subjects(cand: Token) -> list[Token]:
    """The parser may hang "Foreign Secretary A and Secretary of State B" on their verb as two
    subjects rather than a list: the second subject and the one before it are the list a later
    "they" stands for, as a conjunct pair would be."""
    if cand.dep_ not in ("nsubj", "nsubjpass") or cand.pos_ != "PROPN":
        return []
    for first in cand.head.children:
        if first.i < cand.i and first.dep_ == cand.dep_ and cand in second_subject(first):
            return [first, *first.conjuncts, cand]
    return []


def _counted_group(cand: Token) -> bool:
    """A count standing as the noun, "all three", "the two": a plural the pronoun may stand
    for (whom it counts is group_ends' business), nearer than any plural noun before it."""
    if cand.pos_ != "NUM" or count_of(cand.lower_) is None or cand.dep_ == "nummod":
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in cand.children)


def _named(cand: Token, pronoun: Token) -> bool:
    """A name, or an office whose apposition names its holder ("his deputy Brian Naranjo").
    Not an office the pronoun's clause hangs on ("his deputy, B, accusing them"): the parser
    then makes the office the one accusing, and the pronoun would add a wrong accuser."""
    if cand.pos_ == "PROPN":
        return True
    if cand.pos_ != "NOUN" or pronoun in cand.subtree:
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in cand.children)


def _own_subject(cand: Token, pronoun: Token) -> bool:
    """The subject of the verb "them" is the object of: "after Iranian police detained them"
    means others than the police (an object pronoun is never its own clause's subject; that
    would be "themselves"), so the pronoun looks past it to the people named before."""
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "handed them over to", "took custody of them"
    elif pronoun.dep_ not in ("dobj", "dative"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(cand.i == s.i or cand in s.conjuncts for s in subjects)


def _described(cand: Token, pronoun: Token) -> bool:
    """A noun inside a description of one of a list of people ("Marek, a diplomat, and Volkov,
    a businessman who organised trips to Poland, ... charged them"): no antecedent; the pronoun
    looks past it to the people listed. Not when the pronoun is inside the same description."""
    shared = {a.i for a in pronoun.ancestors} | {pronoun.i}
    tok = cand
    while tok.i not in shared and tok.head.i != tok.i:
        described = tok.head
        if tok.dep_ in ("relcl", "acl") and described.dep_ == "appos":
            described = described.head  # "Volkov, a businessman who organised trips"
        describes = tok.dep_ == "appos" or (
            tok.dep_ in ("relcl", "acl") and described.pos_ == "PROPN"
        )
        # only a member of a list of people: "China, which has ties with both neighbours,
        # called on them" means the neighbours
        if describes and described.conjuncts:
            return True
        tok = tok.head
    return False
