"""Whom an object relative clause is about, where the parse loses it.

News tells accusations and other acts in a relative clause on the one acted on: "the FDLR,
which it accuses of plotting attacks", "a separatist group that Algiers classifies as terrorist
and has blamed for the fires". passives.logical_objects reads the relative pronoun as its noun
when the clause hangs on that noun (relcl); two parses lose it:

- a second verb joined inside the clause shares the relative object but has none of its own
  ("classifies ... and has blamed for": the pronoun is the first verb's object);
- the parser hangs the clause on the main verb (advcl, ccomp, conj) rather than on the noun;
  the noun is then the word right before the comma that opens the clause ("the FDLR, which").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.arguments import REL_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWN_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr", "oprd"})
# Only the pronouns that open a clause after a comma; "that" also opens complements.
_COMMA_RELATIVES = frozenset({"which", "whom"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def shared_relative_noun(verb: Token) -> Token | None:
    """The noun a relative clause is on, for a verb joined to that clause's verb with no
    subject or object of its own ("a group that Algiers classifies as X and has blamed for Y":
    the group, for "blamed"); None otherwise."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB":
        return None
    first = verb.head
    if first.dep_ != "relcl" or first.pos_ != "VERB":
        return None
    if any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return None
    return first.head if _object_gap(first) else None


def _object_gap(clause: Token) -> bool:
    """The relative clause's object is its relative pronoun: "that"/"which" as its object, or
    (as the parser often reads "that") a "that" marking a clause with no object of its own."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if objects:
        return all(o.lower_ in REL_PRONOUNS for o in objects)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def stray_relative_noun(verb: Token, pronoun: Token) -> Token | None:
    """The noun before ", which"/", whom" when the parser hung the clause (whose object is
    `pronoun`) on another verb than the noun; None when it is a relcl or no noun stands there."""
    if verb.dep_ == "relcl" or pronoun.lower_ not in _COMMA_RELATIVES:
        return None
    doc = verb.doc
    at = pronoun.i
    if at < 2 or doc[at - 1].text != "," or doc[at - 2].pos_ not in _NOUNS:
        return None
    return doc[at - 2]


_PERSON_RELATIVES = frozenset({"who", "whom"})


def person_relative_noun(verb: Token, pronoun: Token) -> Token:
    """The noun a "who"/"whom" clause is about. The parser hangs "X, a member of the Popular
    Front, whom Israel held" on the last noun before it (the body in the appositive's "of"
    phrase); a person pronoun never stands for a thing or a body, so it climbs out of such
    prepositional phrases to the noun they hang on (the appositive, which names X). A person
    named there ("a meeting with Putin, whom he accused") is kept: it may be the one meant, and
    so is any noun whose phrase is no appositive ("members of the network of cleric X, whom")."""
    noun = verb.head
    if pronoun.lower_ not in _PERSON_RELATIVES:
        return noun
    climbed = noun
    while (
        climbed.dep_ == "pobj"
        and climbed.ent_type_ != "PERSON"
        and climbed.head.dep_ == "prep"
        and climbed.head.head.pos_ in _NOUNS
    ):
        climbed = climbed.head.head
    return climbed if climbed.dep_ == "appos" and climbed is not noun else noun
