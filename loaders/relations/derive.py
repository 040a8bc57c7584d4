"""Facts implied by other facts: talks held in the other side's capital are a visit there.

"Biden met Zelenskiy in Kyiv", "Kim held talks with Putin at Russia's launch site": the guest
VISITED the host's country. Only when the place is named as an actor of kind COUNTRY (a capital
or the state itself, as resolved by the actor stage), is the host's country, and not the guest's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex


def _place_tokens(anchor: Token) -> list[Token]:
    objects = [o for c in anchor.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    places = arg.prep_objects([anchor, *objects], ("in", "at"))
    if anchor.dep_ == "relcl" and any(c.lower_ == "where" for c in anchor.children):
        places.append(anchor.head)
    return places


def _place_countries(anchors: tuple[Token, ...], index: ActorIndex) -> set[str]:
    out: set[str] = set()
    for anchor in anchors:
        for tok in _place_tokens(anchor):
            for ref in index.refs(tok, possessor=True):
                if index.kind(ref.actor_id) == "COUNTRY":
                    out.add(ref.actor_id)
    return out


def visits_from_meetings(facts: list[Fact], index: ActorIndex) -> list[Fact]:
    """A guest's visit for every meeting held in the host's country."""
    out: list[Fact] = []
    for fact in facts:
        if fact.type is not RelationType.MET_WITH:
            continue
        for country in _place_countries(fact.reading.anchors, index):
            code = index.country(country)
            for guest, host in ((fact.source, fact.target), (fact.target, fact.source)):
                if index.kind(guest) != "PERSON" or code is None:
                    continue
                if index.country(host) in (None, code) and index.country(guest) not in (None, code):
                    conf = round(fact.confidence - 0.2, 2)
                    out.append(
                        Fact(guest, RelationType.VISITED, country, fact.status, conf, fact.reading)
                    )
    return out
