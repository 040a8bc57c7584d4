"""Who a speaker says should or must do something: "said India should cooperate", and in a
that-clause coordinated after a statement of fact, "said the claims were serious and that India
should cooperate" (the parser hangs the second clause on the first as its conjunct); and for
"must", its periphrases "has to" and "needs to": "said Turkish operations had to stop", "said
Israel needs to do more" (the clause's own verb is "have"/"need" with a to-infinitive).

Only the clause carrying the obligation names the one urged: the subject of the statement of
fact ("the claims") is nobody's addressee."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg

if TYPE_CHECKING:
    from spacy.tokens import Token


_MUST_VERBS = frozenset({"have", "need"})
"""Verbs whose to-infinitive says "must": "had to stop", "needs to withdraw"."""


def _must_periphrasis(clause: Token) -> list[Token]:
    """ "had to stop", "needs to withdraw": the verb itself, unnegated ("did not have to stop"
    obliges nobody) and bare: "would have to agree" is a condition, "will have to pay" a
    forecast, neither an urging. It stands for the auxiliary "must"."""
    if clause.lemma_.lower() not in _MUST_VERBS:
        return []
    if any(c.dep_ in {"neg", "aux", "auxpass"} for c in clause.children):
        return []
    infinitives = [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
    if not any(a.dep_ == "aux" and a.lower_ == "to" for x in infinitives for a in x.children):
        return []
    return [clause]


_LEAVE = frozenset({"able", "free", "allowed", "permitted", "entitled"})
"""What a clause grants its subject, not asks of it: "the court must be able to work freely",
"Kyiv should be free to choose", "Taiwan must be allowed to take part" urge whoever stands in
the way."""


def _granted(clause: Token) -> bool:
    """ "X must be able/free/allowed to ...": the subject is let act, not urged to."""
    if clause.lemma_.lower() in _LEAVE:  # "must be allowed to": the participle heads the clause
        return True
    return clause.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _LEAVE for c in clause.children
    )


_BOTH = frozenset({"both", "two", "all"})


def _both_sides(subject: Token) -> bool:
    """ "we", "both sides", "the two countries": a duty the speaker shares urges nobody."""
    if subject.lower_ in ("we", "us"):
        return True
    plural = subject.tag_ == "NNS" and subject.lemma_.lower() in ("side", "country", "nation")
    return plural and any(c.lower_ in _BOTH for c in subject.children)


def _obliges(clause: Token, auxiliaries: frozenset[str]) -> list[Token]:
    """The subjects of one clause that carries one of `auxiliaries` after its subject: "should
    China give support" is a condition, "should have started" a reproach, neither an urging."""
    if _granted(clause):
        return []
    aux = [a for a in clause.children if a.dep_ == "aux" and a.lower_ in auxiliaries]
    if not aux and "must" in auxiliaries:
        aux = _must_periphrasis(clause)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if subjects and _both_sides(subjects[0]):
        return []  # "Li told Albanese the two sides should manage their differences": his own too
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in clause.children)
    if aux and subjects and aux[0].i > subjects[0].i and not perfect:
        return arg.with_conjuncts(subjects[0])
    return []


def obliged_subjects(verb: Token, auxiliaries: frozenset[str]) -> list[Token]:
    """The subjects of the verb's that-clauses, and of clauses coordinated with them, that say
    someone should or must act."""
    clauses = [
        c for child in verb.children if child.dep_ == "ccomp" for c in (child, *child.conjuncts)
    ]
    return [s for clause in clauses for s in _obliges(clause, auxiliaries)]
