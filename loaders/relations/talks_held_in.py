"""Talks held in a city of another state, with no counterpart named, are a visit there.

"Lavrov, who held talks in Iraq on Sunday", "Putin held talks in Tehran with his Iranian and
Turkish counterparts", "after talks in Ankara, Putin, Erdogan and Rouhani said", "Putin promised
Lukashenko a loan at talks in Sochi": whoever holds or speaks at talks somewhere was there.
visits.visits_to_meeting_cities reads the place of a MET_WITH fact, and there is none when the
other side is unnamed ("his counterparts") or the talks are only the setting of another verb.
Only people whose own state the article names, and places that resolve to another state actor
of the article (as present_in does): being there is read from the place alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.actors_at import Ref
from loaders.relations.due_in import foreign_visits
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import noun_status, verb_status
from loaders.relations.places import MEETING_PLACE_PREPS, state_at
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_STRENGTH = 0.7
_TALKS = words("talks negotiations")
_HOLDING = words("hold have conduct open")
_AROUND = frozenset({"at", "after", "following", "during"})
"""How a clause sets itself at talks: "promised a loan at talks in Sochi", "said after talks
in Ankara". ("before talks in X" is left out: the talks may not have happened yet.)"""
_STATEMENTS = words("statement communique declaration remarks")
"""What a clause said "in" after talks: the saying verb is the clause's."""
_FRAME = Frame(RelationType.VISITED, "talks", "NOUN", ("prep:in",), target_kind="COUNTRY")
_MEASURES = words("hour day round week")
"""How long the talks ran: "after two days of talks in Geneva", "wrapped up three days of talks
in Beijing": the measure stands where the talks would."""
_ENDING = words("wrap conclude end")
"""Verbs that close talks one held: "wrapped up three days of talks in Beijing"."""


def _measured(talks: Token) -> Token:
    """The measure of "two days of talks", which the clause governs in place of the talks."""
    prep = talks.head
    if talks.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _MEASURES:
        return prep.head
    return talks


def _clause(talks: Token) -> Token | None:
    """The verb whose people were at the talks: the holder of "held talks", the clause a
    prepositional "at/after talks" sets."""
    talks = _measured(talks)
    if talks.dep_ == "dobj" and talks.head.lemma_.lower() in _HOLDING | _ENDING:
        return talks.head
    prep = talks.head
    if talks.dep_ != "pobj" or prep.lower_ not in _AROUND:
        return None
    verb = prep.head
    if verb.dep_ == "dobj":  # "promised him a loan at talks in Sochi": the parser's attachment
        verb = verb.head
    elif verb.lemma_.lower() in _STATEMENTS and verb.dep_ == "pobj":
        verb = verb.head.head  # "in a joint statement after talks in Ankara, X said"
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _participants(verb: Token, held: bool) -> list[Token]:
    """The holders of "held talks"; for a clause set at talks, also whom it was addressed to
    ("promised Lukashenko a loan at talks in Sochi")."""
    people = grammatical_subjects(verb)
    if not held:
        people += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return [t for p in people for t in arg.with_conjuncts(p)]


def visits_at_talks(doc: Doc, index: ActorIndex) -> list[Fact]:
    """VISITED for people with a known state at talks held in another state's city."""
    out: list[Fact] = []
    for talks in doc[index.dateline_end :]:
        if talks.lower_ not in _TALKS or talks.pos_ != "NOUN":
            continue
        verb = _clause(talks)
        if verb is None:
            continue
        held = _measured(talks).dep_ == "dobj"
        anchors = list(dict.fromkeys([talks, _measured(talks), *([verb] if held else [])]))
        places = arg.prep_objects(anchors, MEETING_PLACE_PREPS)
        found = (state_at(p, index) for p in places)
        states = [Ref(s, "name", talks.i) for s in dict.fromkeys(found) if s is not None]
        clause_status = verb_status(verb)
        status = clause_status if held else noun_status(talks)
        if not states or status is None or clause_status is None:
            continue
        reading = Reading(_FRAME, talks, (talks, verb), status, _STRENGTH)
        out += foreign_visits(index, _participants(verb, held), states, reading, known_state=True)
    return out
