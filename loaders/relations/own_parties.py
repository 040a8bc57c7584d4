"""A mediated deal or swap that names parties of its own is no mediation between the story's pair.

derive.implicit_mediations gives a mediator whose sentence names no parties the story's two
sides ("a truce brokered by Egypt took effect"). Background paragraphs often recall ANOTHER
mediated deal, and then the sentence does name its sides, only not as "between" objects:
- the clause the brokered deal frames: "after Riyadh and Tehran agreed to restore ties in a deal
  brokered by Beijing" (the deal is between Riyadh and Tehran, whatever the story is about);
- the mediated thing itself: "jointly mediated the exchange of an American athlete for a Russian
  arms dealer" (the swap's sides are the two captives' states).
When two actors or more are named there (beside the mediators) and not all of them are the
story's pair, the mediation is of that other deal: its sides are not the story's. A deal naming
only the story's own sides ("brokered the swap of Russian and Ukrainian prisoners") still is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import deal_sides, passives
from loaders.relations.actors_at import ActorIndex
from loaders.relations.subjects import grammatical_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.frames_apply import Reading


def _named_sides(trigger: Token) -> list[Token]:
    """Where a mediated thing names its sides: the subjects of the clause a brokered deal frames
    ("agreed ... in a deal brokered by X"), else the words of what was mediated."""
    if trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod"):
        clause = deal_sides.framed_clause(trigger.head)
        if clause is None:
            return []
        return [t for s in grammatical_subjects(clause) for t in arg.with_conjuncts(s)]
    # "mediated the exchange of A for B": the parser may hang "for B" on the verb
    things = [*passives.logical_objects(trigger), *arg.prep_objects([trigger], ("for",))]
    return [t for o in things for t in o.subtree]


def names_other_sides(reading: Reading, story: list[str]) -> bool:
    """True when the mediated thing names two sides or more, not all of them the story's pair."""
    index = ActorIndex(reading.trigger.doc)  # the lede is read as a Doc of its own
    mediators = {s.actor_id for s in reading.sources}
    named = {r.actor_id for t in _named_sides(reading.trigger) if (r := index.direct(t))}
    named -= mediators
    return len(named) >= 2 and not named <= set(story)
