"""The facts events carry through their participants, in the order they depend on each other.

Who signed comes first (mediators are found between the signatories of the deal they brokered),
then swaps, mediations and the states of the people mediated with, then support. One entry
point, so the component wires one line and the order is kept in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations.mediators import named_mediators
from loaders.relations.participants import (
    brought_together,
    chairings,
    mediated_parties,
    mediated_states,
)
from loaders.relations.represented_sides import represented_sides
from loaders.relations.signatories import (
    agreed_deals,
    deal_partners,
    each_of_them,
    negotiators_of_deals,
    signed_for_sides,
)
from loaders.relations.signed_by_each import signed_by_each
from loaders.relations.support import (
    named_supporters,
    praised_decisions,
    speakers_support,
    support_for_operations,
    support_where_given,
)
from loaders.relations.support_received import support_received
from loaders.relations.swaps import swap_signatories
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Span

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact
    from loaders.relations.frames_apply import Reading


def participation_facts(
    readings: list[Reading],
    found: list[Fact],
    sentences: list[tuple[Span, int]],
    story: list[str],
    index: ActorIndex,
) -> list[Fact]:
    """Signatories, swaps, mediations and support read from the events' participants.
    `sentences`: each with the offset of its Doc in the article (the lede is read alone)."""
    out = each_of_them(readings) + negotiators_of_deals(readings)
    out += signed_for_sides(sentences) + agreed_deals(sentences) + deal_partners(sentences)
    out += signed_by_each(sentences) + swap_signatories(sentences, found + out)
    out += represented_sides(found + out, (RelationType.SIGNED_AGREEMENT_WITH,))
    out += mediated_parties(readings + chairings(sentences), found + out, story)
    out += brought_together(sentences) + named_mediators(sentences, story)
    out += mediated_states(found + out, index)
    out += support_where_given(sentences) + named_supporters(sentences)
    out += praised_decisions(readings) + speakers_support(readings)
    out += support_for_operations(readings) + support_received(sentences)
    return out
