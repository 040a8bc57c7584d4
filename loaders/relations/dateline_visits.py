"""A visit with no destination named is a visit to the state the story is filed from.

"TEHRAN, July 19 - ... on his first trip beyond the former Soviet Union", "during Biden's
visit, the two leaders ...", "Kishida, who was on a three-day visit, said": wire copy names the
place once, in the dateline, and then speaks of "the visit" or "his trip". The visitor is a
person whose own state the article names and who is foreign to the dateline city's state; the
city must be a large city of a state that is already an actor of the article
(places.dateline_state), and the article must have the visitor meet someone of that state (or
a person of no settled state): a story filed from Seoul about "Lavrov's trip" to Pyongyang
stays silent. Any "to", "in" or "of" place on the noun names another destination
and leaves it to the readers of that place; so does any plan ("his upcoming visit", "ahead of a
planned trip") or a negated or hypothetical clause around the noun.

An arrival that names no place reads the same way ("Herzog, who arrived on Sunday, held talks
with ...", "Biden arrived on Friday"): the verb "arrive", "land" or "visit" with no object and
no "to", "in" or "at" place, under the same conditions on the visitor. So does a passive
welcome by someone at no place of another state ("Putin was welcomed with an honour guard at
the palace by President To Lam").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.actors_at import Ref
from loaders.relations.due_in import foreign_visits
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.places import dateline_state, state_at
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_STRENGTH = 0.6
_FRAME = Frame(RelationType.VISITED, "visit", "NOUN", ("poss",), target_kind="COUNTRY")
_VISITS = words("visit trip tour")
_PLACE_PREPS = words("to in at of from")
_ARRIVALS = words("arrive land visit")
_ARRIVAL_PREPS = words("to in at into for")
_ARRIVAL = Frame(RelationType.VISITED, "arrive", "VERB", ("nsubj",), target_kind="COUNTRY")
_WELCOMES = words("welcome greet receive")
_PLANS = words("upcoming planned proposed possible next future expected scheduled")


def dateline_visits(doc: Doc, index: ActorIndex, found: list[Fact]) -> list[Fact]:
    """VISITED to the dateline's state for the owner of a visit that names no destination, when
    the article has the visitor meet the host (`found`: the article's facts so far)."""
    state = dateline_state(doc, index)
    if state is None:
        return []
    hosted = _met_by_host(found, state, index)
    out: list[Fact] = []
    for noun in doc[index.dateline_end :]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _VISITS or not _undirected(noun):
            continue
        clause = arg.clause_verb(noun)  # "during his visit, X said": "said"
        if clause is None or verb_status(clause) is not Status.OCCURRED:
            continue
        visitors = _visitors(noun)
        if not visitors:
            continue
        reading = Reading(_FRAME, noun, (noun,), Status.OCCURRED, _STRENGTH)
        target: list[Ref] = [_state_ref(state, noun)]
        facts = foreign_visits(index, visitors, target, reading, known_state=True)
        out += [f for f in facts if f.source in hosted]
    return out + _arrivals(doc, index, state, hosted)


def _arrivals(doc: Doc, index: ActorIndex, state: str, hosted: set[str]) -> list[Fact]:
    """ "Azar, who arrived on Sunday", "Biden landed on Friday", "the first leader to visit
    since the blast": a person's arrival that names no place is an arrival where the story is
    filed; the visitor must meet the host there, as for the nouns."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ not in ("VERB", "AUX") or verb_status(verb) is not Status.OCCURRED:
            continue
        if verb.lemma_.lower() in _ARRIVALS and _placeless(verb):
            visitors = [verb.head] if verb.dep_ == "relcl" else grammatical_subjects(verb)
        elif verb.lemma_.lower() in _WELCOMES and _welcomed_here(verb, index, state):
            visitors = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            continue
        reading = Reading(_ARRIVAL, verb, (verb,), Status.OCCURRED, _STRENGTH)
        facts = foreign_visits(
            index, visitors, [_state_ref(state, verb)], reading, known_state=True
        )
        out += [f for f in facts if f.source in hosted]
    return out


def _welcomed_here(verb: Token, index: ActorIndex, state: str) -> bool:
    """ "Putin was welcomed with an honour guard at the palace by President To Lam": a passive
    welcome by someone, at no place of another state."""
    places = arg.prep_objects([verb], ("in", "at", "to"))
    # "at the palace by President To Lam": the parser may hang the agent on the venue
    hung = [c for t in places for c in t.children if c.dep_ == "prep" and c.lower_ == "by"]
    if not hung and not any(c.dep_ == "agent" for c in verb.children):
        return False
    return all(state_at(p, index) in (None, state) for p in places)


def _placeless(verb: Token) -> bool:
    """No place, object or destination on the verb: "arrived on Sunday", not "arrived in
    Shanghai", "visited the plant" or "landed a deal"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "ccomp", "xcomp", "advcl") and child.pos_ != "ADV":
            return False
        if child.dep_ == "prep" and child.lower_ in _ARRIVAL_PREPS:
            return False
        if child.dep_ == "neg":
            return False
    return True


def _met_by_host(found: list[Fact], state: str, index: ActorIndex) -> set[str]:
    """Who met or signed with the dateline's state or one of its people: a story filed from
    Seoul about "Lavrov's trip" to Pyongyang, or from Beirut about Netanyahu cutting short his
    stay in New York, has the visitor meet nobody there."""
    code = index.country(state)
    out: set[str] = set()
    for fact in found:
        if fact.type not in (RelationType.MET_WITH, RelationType.SIGNED_AGREEMENT_WITH):
            continue
        for one, other in ((fact.source, fact.target), (fact.target, fact.source)):
            if other == state or _of_state(other, code, index):
                out.add(one)
    return out


def _of_state(actor: str, code: str | None, index: ActorIndex) -> bool:
    """Someone of the host state, or a person whose state the actor stage did not settle
    ("Panama's President Jose Raul Mulino" read without one), met in a story filed from there."""
    own = index.country(actor)
    if own is None:
        return index.kind(actor) == "PERSON"
    return own == code


def _state_ref(state: str, noun: Token) -> Ref:
    return Ref(state, "name", noun.i)


def _undirected(noun: Token) -> bool:
    """No place or plan on the noun: "his visit", not "his visit to Paris" or "his next trip"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            return False
        if child.lower_ in _PLANS or child.dep_ == "neg":
            return False
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return False  # "his Moscow trip", "a Gulf tour": the place is named
    return True


def _visitors(noun: Token) -> list[Token]:
    """Its owner ("Biden's visit", "his trip"), or the subject of "was on a visit"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_ == "be":
        return grammatical_subjects(prep.head)
    return []
