"""Who "the deal" is between, when a mediation names only the deal: the article's signatories.

"The truce, brokered by the United States and France, came into force", "Putin, whose government
brokered the accord", "Kushner helped broker the deal": the definite noun points back to the deal
the article already reported, and its parties are whoever the article says signed it. Those are
read from the SIGNED_AGREEMENT_WITH facts, without the mediators and anyone of a mediator's
state (a mediating state's president signs as its witness, not as a side). A story of two or
three sides has one deal; more sides (a summit's many bilateral accords) leave the reference
open, and nothing is said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from schema.ontology import RelationType

if TYPE_CHECKING:
    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_MOST_SIDES = 3


def signatories_of_the_deal(facts: list[Fact], mediators: set[str], index: ActorIndex) -> list[str]:
    """The article's signatories but the mediators and their compatriots, when they make two or
    three sides (a side: a state with its people and bodies, or an actor of no state)."""
    own = {index.country(m) for m in mediators} - {None}
    signers = sorted(
        {
            end
            for f in facts
            if f.type is RelationType.SIGNED_AGREEMENT_WITH
            for end in (f.source, f.target)
            if end not in mediators and index.country(end) not in own
        }
    )
    sides = {index.country(s) or s for s in signers}
    return signers if 2 <= len(sides) <= _MOST_SIDES else []
