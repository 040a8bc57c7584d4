"""A state or a body mediates between sides of its own level, not between their negotiators.

"The accord was signed by envoy X and Mullah Y after Qatari-facilitated talks", "talks
brokered by South Sudan" with the delegations' heads named: the mediator is a state, and what
it brought together are the sides those people speak for (participants.mediated_states adds the
states), not the people themselves. A person who mediates ("Lajcak met each of them") may have
people as parties; a state or an organisation with a person as party is a reading at the wrong
level, which the news does not assert, unless the text names that person as a side of the
talks: "facilitated talks between Iranian President Rouhani and Obama's envoys".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact


def without_people_mediated_by_bodies(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """Every fact but a MEDIATED one from a state or organisation to a person the sentence
    does not name as a side ("between X and Y")."""
    return [
        f
        for f in facts
        if f.type is not RelationType.MEDIATED
        or index.kind(f.target) != "PERSON"
        or index.kind(f.source) in (None, "PERSON")
        or _named_as_a_side(f.target, f.reading.trigger.sent)
    ]


def _named_as_a_side(person: str, sentence: Span) -> bool:
    """The person is named inside a "between" phrase of the sentence."""
    sides = [
        (t.left_edge.i, t.right_edge.i)
        for t in sentence
        if t.lower_ == "between" and t.dep_ == "prep"
    ]
    return any(
        m.actor_id == person and any(a <= m.start <= b for a, b in sides)
        for m in sentence.doc._.mentions or []
    )
