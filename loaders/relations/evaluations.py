"""Who a reaction is aimed at when the text names an act, a deal or a claim instead of its doer.

A condemnation of "the move", "the strike" or "the agreement" reaches the act's doer through a
back-reference (story_act, bridging, said_before). Those readers find who did the act; this
module decides whether the reacting side can be aimed at them:

- nobody condemns their own side through a back-reference: "Ali denounced the moves" after a
  lede in which Venezuela and Guyana both acted condemns Venezuela, not Ali's own Guyana (a
  dissident condemning his own state is read where the text names it: "Navalny accused Russia");
- nobody is condemned for an act the label makes them the victim of: "denounced the moves as a
  threat to Guyana's territorial integrity" does not condemn Guyana, whoever the moves' doers;
- a deal's parties are condemned with the deal only when the text blames them, by a pejorative
  label ("denounced the two deals as a betrayal"): the opposition leader who "denounced the
  agreement" his government made with a neighbour condemns a policy, not the neighbour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.labels import labelled
from loaders.relations.lexicon import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import ActorIndex, Ref

DEAL_NOUNS = words("deal agreement pact accord treaty")
_LABEL_DEPS = ("oprd", "attr", "npadvmod", "appos")
_HARMED_BY = frozenset({"to", "of", "against", "on", "upon"})


def reacting_sides(verb: Token, index: ActorIndex) -> set[str]:
    """The reacting actors and the states they belong to ("Ali" -> Ali and Guyana)."""
    out: set[str] = set()
    for source in arg.logical_source(verb):
        for ref in index.refs(source):
            out.add(ref.actor_id)
            country = index.country(ref.actor_id)
            if country is not None:
                out.add(country)
    return out


def _on_side(index: ActorIndex, sides: set[str], actor_id: str) -> bool:
    if actor_id in sides:
        return True
    country = index.country(actor_id)
    return index.kind(actor_id) == "COUNTRY" and country is not None and country in sides


def _labels(verb: Token) -> list[Token]:
    """What the reaction calls the act: "as a threat", "a flagrant violation"."""
    out = [p for c in verb.children if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    return out + [c for c in verb.children if c.dep_ in _LABEL_DEPS and c.pos_ == "NOUN"]


def victims(verb: Token, index: ActorIndex) -> set[str]:
    """Actors a label names as harmed: "a threat to Guyana", "a violation of Mexico's
    sovereignty" (an owner inside a to/of/against phrase, or its object). A doer named by a
    modifier of the label itself ("an act of Russian aggression") is no victim."""
    out: set[str] = set()
    for label in _labels(verb):
        for prep in (t for t in label.subtree if t.dep_ == "prep" and t.lower_ in _HARMED_BY):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                harmed = [pobj, *(c for c in pobj.children if c.dep_ == "poss")]
                out.update(r.actor_id for h in harmed if index.direct(h) for r in index.refs(h))
    return out


def aimed_at(doers: list[Ref], referring: Token, verb: Token, index: ActorIndex) -> list[Ref]:
    """The doers a reaction at `verb` to the act named by `referring` is aimed at: none of the
    reacting side, and no party at all of a deal the reacting side is party to."""
    if not doers:
        return doers
    if referring.lemma_.lower() in DEAL_NOUNS and referring.i not in {t.i for t in labelled(verb)}:
        return []
    sides = reacting_sides(verb, index) | victims(verb, index)
    return [d for d in doers if not _on_side(index, sides, d.actor_id)]
