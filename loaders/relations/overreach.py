"""Facts a reading offers that the construction around its trigger takes back.

Each reader finds its ends well enough; what it cannot see is the wider clause that says the
act was something else, or only one party's word. Each filter here is one such construction:

- "hosted a dozen leaders, including A, B and C": the names are examples of a crowd of guests;
  the host met each, but they are not said to have met one another (a pair hosted together,
  "hosted A and B at Camp David", still is).
- "sided with Russia in voting against the resolution": voting the same way is no support
  (ANNOTATION.md's traps: a vote or an abstention is not backing).
- "a meeting of the Security Council, chaired by President Tebboune, which accused Morocco":
  "which" never stands for a person; the parser hangs the clause on the nearest name.
- "accusing him of being central to Kigali's support for the M23": what an accusation says is
  the accuser's claim, not adopted by the text (ANNOTATION.md: claims not adopted); the verbs
  below an accusation are already stopped by modality, the nouns deep in its "of" are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from loaders.relations.modality import presupposed
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact


def without_overreach(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """Every fact but those one of the constructions above takes back."""
    return [f for f in facts if not _taken_back(f, index)]


def _taken_back(fact: Fact, index: ActorIndex) -> bool:
    trigger = fact.reading.trigger
    if index.kind(fact.source) == "PERSON" and _which_clause(trigger):
        return True
    if fact.type is RelationType.MET_WITH and _guests_among_many(fact):
        return True
    if fact.type is RelationType.SUPPORTED and _in_a_vote(trigger):
        return True
    return fact.type not in _CLAIMING and trigger.pos_ == "NOUN" and _inside_accusation(trigger)


# "including A, B and C", "among them A and B": examples of a larger group
_EXAMPLES = words("include including among")


def _guests_among_many(fact: Fact) -> bool:
    """Two of a reading's targets paired with each other, either named as an example."""
    reading = fact.reading
    targets = {r.actor_id: r.token for r in reading.targets}
    if fact.source not in targets or fact.target not in targets:
        return False
    if any(r.actor_id in (fact.source, fact.target) for r in reading.sources):
        return False
    doc = reading.trigger.doc
    return any(
        _named_as_example(doc[targets[a]], reading.trigger) for a in (fact.source, fact.target)
    )


def _named_as_example(tok: Token, trigger: Token) -> bool:
    while tok.i != trigger.i and tok.head.i != tok.i:
        if tok.lemma_.lower() in _EXAMPLES or tok.lower_ in _EXAMPLES:
            return True
        tok = tok.head
    return False


_VOTES = words("vote voting ballot")


def _in_a_vote(trigger: Token) -> bool:
    """ "sided with X in voting against ...", "in a vote on ...", "by voting for ..."."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "by")):
        if any(o.lemma_.lower() in _VOTES or o.lower_ in _VOTES for o in prep.children):
            return True
    return False


# The accusation's own types, and the answers to it, are facts about the accusing, not its content.
_CLAIMING = frozenset({RelationType.ACCUSED, RelationType.CONDEMNED, RelationType.REJECTED})
_ACCUSING = words("accuse blame charge suspect")
_PRESUPPOSING = words("the this that these those")


def _inside_accusation(noun: Token) -> bool:
    """The noun lies in the "of"/"for" complement of an accusing verb: "accused X of being
    central to Y's support for Z", "blamed X for its backing of Z". A noun with "the" is
    presupposed, the setting of the charge ("incompetence in the war in Ukraine"), not it; so is
    a past clause of time or cause inside it ("of starting a war after X imposed tariffs")."""
    if any(c.dep_ == "det" and c.lower_ in _PRESUPPOSING for c in noun.children):
        return False
    tok = noun
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in ("of", "for") and head.lemma_.lower() in _ACCUSING:
            return True
        if tok.dep_ in ("ccomp", "relcl"):
            return False  # a clause of its own: what it says is said by its own subject
        if tok.dep_ == "advcl" and presupposed(tok):
            return False  # "of starting a war after Washington imposed tariffs": a fact
        tok = head
    return False


def _which_clause(trigger: Token) -> bool:
    """The trigger verb's subject is the relative "which" (a thing or a body, never a person)."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in trigger.children
    )
