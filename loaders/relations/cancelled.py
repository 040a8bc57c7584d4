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
_PLANS = words("trip visit meeting talks summit call plan journey tour signing ceremony")


def _drops_a_plan(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    particle = _DROPPING_WITH_PARTICLE.get(lemma)
    if lemma not in _DROPPING and not (
        particle and any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children)
    ):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _PLANS for o in objects)


def without_cancelled_plans(facts: list[Fact]) -> list[Fact]:
    """Every fact but the planned ones whose sentence drops a trip, meeting or talks after
    stating them."""
    out: list[Fact] = []
    for fact in facts:
        trigger = fact.reading.trigger
        later = (t for t in trigger.sent if t.i > trigger.i and t.pos_ == "VERB")
        if fact.status is Status.PLANNED and any(_drops_a_plan(t) for t in later):
            continue
        out.append(fact)
    return out
