"""Plans the same sentence says were dropped: "Hamacek had been due to fly to Moscow on Monday,
but he called off the trip"; "was to meet Lavrov, but the talks were cancelled". The plan is
read where it is stated; its cancellation comes in a later clause that names the plan by a
noun, so it is checked here, on the whole sentence, and only PLANNED facts are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.lexicon import words
from schema.ontology import Status

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.facts import Fact

_DROPPING = words("cancel scrap postpone shelve abandon delay drop")
_DROPPING_WITH_PARTICLE = {"call": "off", "put": "off"}
_PLANS = words("trip visit meeting talk talks summit call plan journey tour signing ceremony")


def _drops_a_plan(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    particle = _DROPPING_WITH_PARTICLE.get(lemma)
    if lemma not in _DROPPING and not (
        particle and any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children)
    ):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _PLANS for o in objects)


def _put_on_hold(tok: Token) -> bool:
    """ "was put on hold", "placed on ice": set aside, as good as postponed."""
    return tok.lemma_.lower() in ("put", "place") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ in _SET_ASIDE for p in c.children)
        for c in tok.children
    )


_SET_ASIDE = frozenset({"hold", "ice"})


def _dropped_itself(trigger: Token) -> bool:
    """ "Zelensky's trip to Washington was put on hold", "postponed his visit": the trigger is the
    plan the verb drops, whatever its own status; "the planned visit did not take place"."""
    if trigger.lemma_.lower() not in _PLANS:
        return False
    if trigger.dep_ == "nsubj" and _never_happened(trigger.head):
        return True
    if trigger.dep_ not in ("dobj", "nsubjpass"):
        return False
    return _drops_a_plan(trigger.head) or _put_on_hold(trigger.head)


# "did not take place", "never happened", "failed to materialise", "did not go ahead"
_HAPPENING = words("happen occur materialise materialize proceed")


def _never_happened(verb: Token) -> bool:
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp" and verb.lemma_.lower() == "fail"):
        if _happening(xcomp):
            return True  # "failed to take place" ("failed to produce a deal" is no such)
    return _happening(verb) and any(c.dep_ == "neg" for c in verb.children)


def _happening(verb: Token) -> bool:
    lemma, below = verb.lemma_.lower(), {c.lower_ for c in verb.children}
    return (
        lemma in _HAPPENING
        or (lemma == "take" and "place" in below)
        or (lemma == "go" and "ahead" in below)
    )


def without_cancelled_plans(facts: list[Fact]) -> list[Fact]:
    """Every fact but the planned ones whose sentence drops a trip, meeting or talks after
    stating them."""
    out: list[Fact] = []
    for fact in facts:
        trigger = fact.reading.trigger
        later = (t for t in trigger.sent if t.i > trigger.i and t.pos_ == "VERB")
        if fact.status is Status.PLANNED and any(
            _drops_a_plan(t) or _put_on_hold(t) for t in later
        ):
            continue
        if _dropped_itself(trigger):
            continue
        out.append(fact)
    return out
