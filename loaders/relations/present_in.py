"""An official who "was in" or "will be in" another state (by name or capital) visited it:
"Esper was in the Afghan capital with Stoltenberg", "Macron will be in Berlin next week"
(PLANNED), "tankers were hit while Abe was in Tehran" (a time clause asserts it too); one who
spoke there was there: "Bolton said in Moscow", "Pompeo told reporters in Tokyo".

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
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import REPORTING, verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

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


_SPEAKING = REPORTING | words("speak tell")


def spoken_in_visits(doc: Doc, index: ActorIndex) -> list[Fact]:
    """VISITED for a person with a known state who spoke in another state: "Bolton said in
    Moscow that ...", "Pompeo told reporters in Tokyo", "speaking in Beijing, Blinken said":
    where one speaks, one is. Only an occurred speech (not "will say in Paris")."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() not in _SPEAKING or verb.pos_ != "VERB":
            continue
        if verb_status(verb) is not Status.OCCURRED:
            continue
        hearers = [c for c in verb.children if c.lemma_.lower() in _HEARERS]
        places = [p for p in arg.prep_objects([verb, *hearers], ("in",)) if _where_spoken(p)]
        states = [s for p in places for s in _states(p, index)]
        if not states:
            continue
        reading = Reading(_FRAME, verb, (verb,), Status.OCCURRED, _STRENGTH)
        subjects = grammatical_subjects(verb)
        out += foreign_visits(index, subjects, states, reading, known_state=True)
    return out


_HEARERS = words("reporter journalist conference briefing audience crowd lawmaker parliament")


def _where_spoken(place: Token) -> bool:
    """ "said in Moscow", "told reporters in Tokyo": the place right after the verb or its
    hearers; "announced aid for Palestinians in Gaza" places the Palestinians, not the speech."""
    first = place
    while first.dep_ == "conj":  # "in Gaza and the West Bank": the preposition of the list
        first = first.head
    prep = first.head
    if place.pos_ != "PROPN" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.i == prep.head.i or (
        before.lemma_.lower() in _HEARERS and before.head == prep.head
    )


_STAY = words("hour day night week")
"""A stay counted in days: "spent two days in Poland" (not "spent years in prison in Iran", a
detention rather than a trip)."""


def stayed_visits(doc: Doc, index: ActorIndex) -> list[Fact]:
    """VISITED for a person with a known state who spent days in another state: "Pompeo spent
    two days in Pyongyang", "the envoy spent three days in Bamako": one stays where one went."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() != "spend" or verb.pos_ != "VERB":
            continue
        spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
        if not any(s.lemma_.lower() in _STAY for s in spans):
            continue
        status = verb_status(verb)
        if status is None:
            continue
        places = [p for p in arg.prep_objects([verb, *spans], ("in",)) if p.pos_ == "PROPN"]
        states = [s for p in places for s in _states(p, index)]
        if not states:
            continue
        reading = Reading(_FRAME, verb, (verb,), status, _STRENGTH)
        out += foreign_visits(index, grammatical_subjects(verb), states, reading, known_state=True)
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
