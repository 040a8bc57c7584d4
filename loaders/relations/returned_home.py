"""A state whose nationals another state freed has them back, it does not hold them.

"China has freed three Americans ... Swidan, Li and Leung are in U.S. custody and will soon be
reunited with their families": the custody the freed ones are in afterwards is their own state's
care on the way home, no detention (ANNOTATION.md: DETAINED is a holding against the person).
A state is taken to receive its nationals when the article has a freeing or releasing verb whose
object a demonym of that state describes ("freed three Americans", "released two Britons") and
whose doer is another state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import passives
from loaders.relations.lexicon import FREEING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex


def _doer_states(verb: Token, index: ActorIndex) -> set[str]:
    doers = passives.logical_source(verb) + [c for c in verb.children if c.dep_ == "nsubj"]
    return {r.actor_id for t in doers for r in index.refs(t) if index.kind(r.actor_id) == "COUNTRY"}


def _demonym_states(people: list[Token], index: ActorIndex) -> set[str]:
    found: set[str] = set()
    for person in people:
        for tok in (person, *(c for c in person.children if c.dep_ in ("amod", "compound"))):
            if tok.tag_ in ("NNPS", "NNS", "JJ", "NNP") and index.direct(tok) is None:
                state = index.demonym_state(tok)
                if state is not None:
                    found.add(state)
    return found


def states_receiving_nationals(doc: Doc, index: ActorIndex) -> set[str]:
    """The states whose nationals another state is said to free or release in the article."""
    found: set[str] = set()
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FREEING_VERBS:
            continue
        doers = _doer_states(verb, index)
        if doers:
            found |= _demonym_states(passives.logical_objects(verb), index) - doers
    return found
