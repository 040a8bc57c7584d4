"""A wrong told as a deed done to a harmful act: "Iran carried out the cyberattack", "the attack
had been planned and financed by Tehran", "Moscow ordered the killing".

reported.py reads a that-clause as a wrong by its predicate ("violated", "shelled"), but news
English often names the harm as a noun and makes the doer someone who carried it out, planned,
financed or ordered it. The verb alone is harmless ("carried out a census", "planned a visit"),
so the clause is a wrong only when the verb's object, or a passive's subject, is a harmful act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

# Doing, preparing or paying for an act: harmless alone, a wrong when the act is a harm.
PERPETRATING = words(
    "carry conduct launch stage perpetrate plan finance fund sponsor order mastermind direct "
    "organise organize commit orchestrate commission"
)
# Harmful acts named as nouns.
HARMS = words(
    "attack cyberattack cyber-attack assault bombing strike raid killing murder assassination "
    "massacre hack hacking intrusion sabotage plot coup kidnapping abduction poisoning ambush "
    "shelling atrocity arson blaze explosion blast"
)


_RELATIVES = frozenset({"that", "which"})


def _antecedent(pronoun: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for: "a cyberattack that (he said) had been planned"
    hangs the clause, or the saying around it, on the noun."""
    if pronoun.lower_ not in _RELATIVES:
        return pronoun
    clause = verb
    for _ in range(3):
        if clause.dep_ == "relcl":
            return clause.head
        if clause.head.i == clause.i:
            break
        clause = clause.head
    return pronoun


def _acts(verb: Token) -> list[Token]:
    """What the verb does: its object, or the subject of a passive ("the attack was planned")."""
    if passives.is_passive(verb):
        # the parser labels a relative "that" before a passive a plain subject
        found = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not found and verb.dep_ == "conj":
            found = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        found = [_antecedent(f, verb) for f in found]
        return [a for f in found for a in arg.with_conjuncts(f)]
    return [a for c in verb.children if c.dep_ == "dobj" for a in arg.with_conjuncts(c)]


_SELF = frozenset({"he", "she", "i", "we"})


def _told_of_self(verb: Token) -> bool:
    """ "Kovac said he had organised the attack himself": a speaker's "he" is the speaker, a
    confession and no accusation, whoever the pronoun stage took "he" for."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    saying = verb.head if verb.dep_ == "ccomp" else None
    return (
        saying is not None
        and any(s.lower_ in _SELF for s in subjects)
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in saying.children)
    )


def perpetrates(verb: Token) -> bool:
    """The verb carries out, plans, pays for or orders a harmful act."""
    if verb.lemma_.lower() not in PERPETRATING or _told_of_self(verb):
        return False
    if verb.lemma_.lower() == "carry" and "out" not in arg.particle(verb):
        return False
    return any(a.lemma_.lower() in HARMS or a.lower_ in HARMS for a in _acts(verb))


# Participles that tie a nameless doer to its master: "hackers sponsored by the Iranian state".
_SPONSORED = words("sponsor back fund finance direct control arm employ")
# Verbs whose that-clause a speaker asserts as found: "said an inquiry had shown that ...".
SHOWING = words("show prove establish confirm reveal demonstrate")


# Hired hands named by whom they serve: "mercenaries of the Zionist regime", "agents of Iran".
_HIRED = words("mercenary agent proxy operative spy hireling henchman")


def masters(doer: Token) -> list[Token]:
    """Who a nameless doer works for: the agent of a participle on it ("actors sponsored by the
    Iranian government"), the "of" of a hired hand ("mercenaries of the regime"), or []."""
    sponsors = [
        a
        for c in doer.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SPONSORED
        for a in passives.agents(c)
    ]
    if doer.lemma_.lower() in _HIRED:
        sponsors += arg.prep_objects([doer], ("of",))
    return sponsors


def shown(clause: Token) -> list[Token]:
    """The that-clauses a clause of showing reports ("an investigation had shown that Iran was
    behind it"): what the speaker says was shown, the speaker asserts. The parser hangs the
    clause on the doubt of "shown beyond any doubt that ..."; it is the showing's all the same."""
    if clause.lemma_.lower() not in SHOWING:
        return []
    doubts = [o for o in arg.prep_objects([clause], ("beyond",)) if o.lemma_ == "doubt"]
    clauses = [c for c in clause.children if c.dep_ == "ccomp"]
    clauses += [
        c
        for doubt in doubts
        for c in doubt.children
        if c.dep_ == "acl" and any(m.lower_ == "that" for m in c.children)
    ]
    return [c for found in clauses for c in arg.with_conjuncts(found)]
