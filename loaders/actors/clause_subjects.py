"""Who a "he"/"his" is, read from the clauses that contain it rather than from word order.

Why: the nearest earlier subject is often a person inside a reported clause ("Macron said
Adelkhah was still being held, and he called on Iran to release her": "called" is joined to
"said", so "he" is Macron, not Adelkhah). The subject of a verb that dominates the pronoun goes
on; a subject inside a sibling clause does not. Three more shapes keep a person out:
- a relative clause whose relative word is not its subject ("Trump, whom he called a
  peacemaker") never has its head noun as its own subject;
- a subject pronoun is not the object of its own clause ("he announced it after a call with the
  Russian leader": not Putin);
- one member of a coordinated subject ("Blinken and Austin joined the meeting. He then met
  Duda") is not what a singular pronoun of the next sentence stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.actors.titles import is_title_word
from loaders.words import KIN_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.mentions import Mention

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLAUSES = ("ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "acl")
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
_PEOPLE_NOUNS = KIN_NOUNS | frozenset({"spokesman", "spokeswoman", "spokesperson", "aide",
                                       "lawyer", "envoy", "adviser", "advisor", "deputy",
                                       "successor", "predecessor", "rival", "ally",
                                       "office"})  # fmt: skip
"""Owned nouns that are people themselves: "Putin's spokesman said he" is not Putin's "he";
relatives (loaders/words.py) and those who speak or act for the owner."""


def _at(mentions: list[Mention], i: int) -> Mention | None:
    return next((m for m in mentions if m.start <= i < m.end), None)


def dominating_subject(tok: Token, candidates: list[Mention]) -> Mention | None:
    """The nearest verb above the pronoun whose subject is a person (or, failing a person, is
    owned by one: "Trump's attendance came hours after he had berated Iran"); None if no verb
    above it has one. `candidates` are the people the pronoun may stand for."""
    first = True
    below = tok
    for verb in tok.ancestors:
        below, came_from = verb, below
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        own, first = first, False
        if _second_reported_clause(came_from, verb):
            continue
        for child in verb.children:
            if child.dep_ not in _SUBJECT_DEPS or child.i == tok.i:
                continue
            if child.i > tok.i and tok.dep_ in _SUBJECT_DEPS:
                continue  # a subject after a subject pronoun: cataphora's business
            if child.lower_ in _RELATIVE_SUBJECTS and verb.dep_ == "relcl":
                if own:  # "thanked Blinken, who had pressed for his release": not Blinken's
                    continue
                child = verb.head  # "Li Hui, who went to Moscow, where he met Lavrov"
            found = _at(candidates, child.i)
            if found is not None:
                return found
            owner = _owner(child, candidates)
            if owner is not None:
                return owner
    return None


def _second_reported_clause(clause: Token, verb: Token) -> bool:
    """ "Erdogan said that Mitsotakis no longer exists for him and that he would not meet him":
    a clause with its own "that", joined to an earlier reported clause, is reported by the same
    speaker; the earlier clause's subject is its sibling, not above it, so the search for who
    "he" is goes on to the speaker."""
    return (
        clause.dep_ == "conj"
        and verb.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _owner(subject: Token, candidates: list[Mention]) -> Mention | None:
    if subject.pos_ not in ("NOUN",) or subject.lemma_.lower() in _PEOPLE_NOUNS:
        return None
    if is_title_word(subject.text):
        return None
    poss = [c for c in subject.children if c.dep_ == "poss"]
    return _at(candidates, poss[0].i) if len(poss) == 1 else None


def excluded_people(doc: Doc, tok: Token, mentions: list[Mention]) -> set[str]:
    """Actors a subject pronoun cannot be: the head of a relative clause it sits in whose
    relative word is not the subject, and the objects of its own clause."""
    out: set[str] = set()
    if tok.dep_ not in _SUBJECT_DEPS:
        return out
    verb = tok.head
    for clause in (verb, *verb.ancestors):
        if clause.dep_ == "relcl":
            rel_subject = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
            if all(c.lower_ not in _RELATIVE_SUBJECTS for c in rel_subject):
                head = _at(mentions, clause.head.i)
                if head is not None:
                    out.add(head.actor_id)
            break
        if clause.dep_ not in ("conj",):
            break
    for token in _own_clause(verb):
        if token.dep_ in ("dobj", "pobj", "dative") and (m := _at(mentions, token.i)):
            out.add(m.actor_id)
    out |= _reported_before(verb, tok, mentions)
    return out


def _reported_before(verb: Token, tok: Token, mentions: list[Mention]) -> set[str]:
    """ "Putin chose this war," he said: the one who says what goes before their verb of
    saying is no person inside what they said; someone speaking of themselves would have
    written "I" or "he" there, not their name."""
    if verb.pos_ not in ("VERB",) or tok.i < verb.i - 2:
        return set()
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i]
    return {
        m.actor_id
        for clause in reported
        for m in mentions
        if m.how != "pronoun" and clause.left_edge.i <= m.start <= clause.right_edge.i
    }


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of the verb's clause, without the clauses embedded in it."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in _CLAUSES and c.dep_ not in _SUBJECT_DEPS]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSES)
    return out


def in_coordinated_subject(doc: Doc, mention: Mention, people: list[Mention]) -> bool:
    """ "Blinken and Austin joined": a person listed with another person as one subject (the
    parser sometimes hangs the first name on the last as a modifier, not a conjunct)."""
    root = doc[mention.start : mention.end].root
    while root.dep_ in ("conj", "nmod") and root.head is not root:
        root = root.head
    if root.dep_ not in _SUBJECT_DEPS:
        return False
    members, stack = [], [root]
    while stack:  # the listed names only: a relative clause on the subject lists no subjects
        node = stack.pop()
        members.append(node)
        stack.extend(c for c in node.children if c.dep_ in ("conj", "nmod"))
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for t in members for c in t.children):
        return False
    listed = {m.actor_id for t in members if (m := _at(people, t.i)) is not None}
    speakers = any(t.lower_ in _FIRST_PERSON for t in members)  # "President Biden and I"
    return len(listed) + speakers > 1


_FIRST_PERSON = frozenset({"i", "we", "me"})
