"""The verb a trigger noun hangs on: "held talks", "sanctions imposed by Britain", "speaking
after talks with", "Blinken, on a visit to Greece, called".

A relation named by a noun takes its doer and its modality from the verb that carries the noun
(a light verb) or that the noun is an adjunct of; both readings live here, beside the argument
readers of verbs in arguments.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.amounts import amount_of
from loaders.relations.arguments import TIME_MEASURES, with_conjuncts
from loaders.relations.lexicon import LIGHT_VERBS, MEASURE_NOUNS, SANCTION_NOUNS, STANCE_CARRIERS
from loaders.relations.mistagged_nouns import noun_lemma
from loaders.relations.passives import agents, misread_light_verb
from loaders.relations.pressed_acts import pressed_act
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token


def light_verb(noun: Token) -> Token | None:
    """The verb carrying a trigger noun: "held talks", "talks were held", "imposed sanctions"."""
    misread = misread_light_verb(noun)
    if misread is not None:
        return misread
    head = noun.head
    # "waged a ground offensive": the adjective-tagged noun hangs as a complement
    object_slot = noun.dep_ in ("dobj", "nsubjpass") or (noun.dep_ == "acomp" and noun_lemma(noun))
    if object_slot and head.lemma_.lower() in LIGHT_VERBS:
        return head
    if noun.dep_ == "dobj" and (_rolled_out(head) or _joined_sanctions(head, noun)):
        return head
    if (pressing := pressed_act(noun)) is not None:
        return pressing  # "pressed an offensive against": it goes on
    # "the sanctions imposed by Britain on Russia": the light verb a participle of the noun
    for child in noun.children:
        participle = child.dep_ == "acl" and child.tag_ == "VBN"
        if participle and child.lemma_.lower() in LIGHT_VERBS and agents(child):
            return child
    # "retaliated with tariffs on", "responded with export curbs on"
    if noun.dep_ == "pobj" and head.lower_ == "with" and answering(head.head):
        return head.head
    carrier = head.head.lemma_.lower()
    if noun.dep_ == "pobj" and head.lower_ == "of" and carrier in MEASURE_NOUNS | STANCE_CARRIERS:
        return light_verb(head.head)  # "held seven hours of talks", "issued statements of support"
    if noun.dep_ == "conj":
        return light_verb(noun.head) if noun.head.pos_ in ("NOUN", "PROPN") else None
    if (amount := amount_of(noun)) is not None:
        return light_verb(amount)  # "announced $2 billion in aid for": the amount's verb
    if (
        noun.dep_ == "pobj"
        and head.head.lemma_.lower() in LIGHT_VERBS
        and head.lower_
        in (
            "in",
            "into",
        )
    ):
        return None
    return None


def _rolled_out(verb: Token) -> bool:
    """ "rolled out sanctions against Russian banks": rolling measures out is imposing them;
    "roll back" (lifting them) is no light verb."""
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return out and verb.lemma_.lower() == "roll"


def _joined_sanctions(verb: Token, noun: Token) -> bool:
    """ "Germany has joined EU sanctions on Moscow": joining others' sanctions is imposing them
    too (ANNOTATION.md); only for sanctions, as "joined talks" need not be holding them."""
    return verb.lemma_.lower() == "join" and noun.lemma_.lower() in SANCTION_NOUNS


_ANSWERING = frozenset({"retaliate", "respond", "reply", "answer"})
# "hit back with duties on", "struck back with tariffs": answering, with the particle "back"
_BACK = frozenset({"hit", "strike", "fight", "push"})


def answering(verb: Token) -> bool:
    """The verb answers an act with what its "with" names: "retaliated", "hit back"."""
    lemma = verb.lemma_.lower()
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    return lemma in _ANSWERING or (lemma in _BACK and back)


# Verbs by which a meeting that took place ends: "after talks with X broke up".
_ENDED = frozenset({"end", "collapse", "conclude", "finish", "break", "wrap", "close"})


def stance_carrier(noun: Token) -> Token | None:
    """The statement a stance noun is voiced in ("statements of solidarity with the Emirates"):
    the parser hangs the stance's own "with"/"for"/"to" phrase on the carrier as often as on
    the stance, so the carrier is read as a host of the stance's slots too."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in STANCE_CARRIERS:
        return head.head
    return None


_OCCASIONS = frozenset(
    {"visit", "trip", "tour", "stop", "stopover", "meeting", "summit", "dinner", "lunch"}
    | {"breakfast", "ceremony", "conference", "session", "round"}
)
"""Occasions a traveller comes for, to which talks may be joined: "for a state visit and talks"."""


def governing_verb(noun: Token) -> tuple[Token, list[Token]] | None:
    """The verb a trigger noun is an adjunct of, and who does it: "speaking after talks with"
    (the speaker), "Blinken, on a visit to Greece, called" (Blinken). A noun joined to
    another ("arrived for a state visit and talks with Putin") is an adjunct where the first is."""
    while noun.dep_ == "conj" and noun.head.lemma_.lower() in _OCCASIONS:
        noun = noun.head  # not "called for a ceasefire and talks": the callers hold none
    if (length := length_of(noun)) is not None:
        # "announced the deal after an hour of talks", "a day after five hours of talks with
        # Putin": the talks are an adjunct where their length is
        noun = length
    ended = noun.head
    if noun.dep_ == "nsubj" and ended.lemma_.lower() in _ENDED and ended.dep_ == "advcl":
        # "left early after a meeting with Trump collapsed": who left had the meeting
        return ended.head, grammatical_subjects(ended.head)
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    head = noun.head.head
    if head.pos_ in ("VERB", "AUX"):
        return head, grammatical_subjects(head)
    if noun.head.lower_ in ("on", "during") and head.dep_ == "pobj":
        # "learned of the attack on a visit to Warsaw": the trip hung on the verb's object
        verb = head.head.head
        if head.head.dep_ == "prep" and verb.pos_ in ("VERB", "AUX"):
            return verb, grammatical_subjects(verb)
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.head, with_conjuncts(head)
    measured = measured_clause(noun)
    if measured is not None:
        return measured, grammatical_subjects(measured)
    return None


def length_of(noun: Token) -> Token | None:
    """The length a noun is measured in: "five hours of talks" (not "were in Brussels for a
    round of talks", a round its sides may hold apart)."""
    of, length = noun.head, noun.head.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and length.lemma_.lower() in TIME_MEASURES:
        return length
    return None


def measured_clause(noun: Token) -> Token | None:
    """ "announced the reversal, a day after talks with Putin": the talks hang on the measure
    of time, which the parser hangs on the verb or on its object (npadvmod, or an apposition
    set off by the comma); the clause the measure dates is that verb's, whose subject held them."""
    prep, measure = noun.head, noun.head.head
    if prep.lower_ not in ("after", "before") or measure.lemma_.lower() not in TIME_MEASURES:
        return None
    if measure.dep_ not in ("npadvmod", "appos"):
        return None
    verb = measure.head  # "announced it in Ankara, a day after talks with"
    if verb.dep_ == "dobj":  # "announced the decision, a day after": hung on the object
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None
