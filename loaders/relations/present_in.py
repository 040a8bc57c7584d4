"""An official who "was in" or "will be in" another state (by name or capital) visited it:
"Esper was in the Afghan capital with Stoltenberg", "Macron will be in Berlin next week"
(PLANNED), "tankers were hit while Abe was in Tehran" (a time clause asserts it too).

A copula with a place has no verb or noun frame for the lexicon to match. Being somewhere is
weaker evidence than travelling there, so only people whose own state the article names (an
official, "the Canadian journalist") and only places that name a state actor of the article
count: "the reporter was in Moscow when he was arrested" visits nothing unless the article says
whose he is; "the economy was in recession" and "he was in office" name no state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.due_in import foreign_visits
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.facts import Fact

_STRENGTH = 0.7
_FRAME = Frame(RelationType.VISITED, "be", "AUX", ("prep:in",), target_kind="COUNTRY")
_OWNERS = ("amod", "poss", "compound")
"""How a capital names its state: "the Afghan capital", "Ukraine's capital"."""


def present_visits(doc: Doc, index: ActorIndex) -> list[Fact]:
    """VISITED for a person with a known state who is said to be in another state."""
    out: list[Fact] = []
    for copula in doc[index.dateline_end :]:
        if copula.lemma_ != "be" or not (
            copula.dep_ in ("ROOT", "conj", "ccomp", "relcl") or _time_clause(copula)
        ):
            continue
        status = verb_status(copula)
        if status is None:
            continue
        places = [p for p in arg.prep_objects([copula], ("in",)) if p.pos_ in ("PROPN", "NOUN")]
        states = [s for p in places for s in _states(p, index)]
        if not states:
            continue
        reading = Reading(_FRAME, copula, (copula,), status, _STRENGTH)
        subjects = grammatical_subjects(copula)
        out += foreign_visits(index, subjects, states, reading, known_state=True)
    return out


_WHILE = frozenset({"while", "when", "as"})


def _time_clause(copula: Token) -> bool:
    """ "tankers were attacked while Abe was in Tehran": a clause of time asserts the stay as
    much as a main clause does (unlike "if he were in Tehran")."""
    return copula.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _WHILE for c in copula.children
    )


def _states(place: Token, index: ActorIndex) -> list[Ref]:
    refs = index.refs(place)
    if not refs and place.lower_ == "capital":
        refs = [r for c in place.children if c.dep_ in _OWNERS for r in index.refs(c)]
    return [r for r in refs if index.kind(r.actor_id) == "COUNTRY"]
