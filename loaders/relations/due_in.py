"""A person "due in" or "expected in" a country (with a date) is scheduled to visit it: "Wang is
due in Hungary and then Moscow this week", "the envoy was due in Beijing on Monday".

"due" is an adjective after a copula, so no verb or noun frame of the lexicon sees it. The
schedule is firm (ANNOTATION.md: "is due to visit" is PLANNED), so the fact is PLANNED whatever
the copula's tense; the copula's modality still vetoes ("is no longer due", "may be due").
Only a person, and only places that name a state actor of the article (directly or by its
capital): "the payment is due in March" and "talks are due in Geneva" visit nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import dated_expectation, verb_status
from loaders.relations.subjects import grammatical_subjects
from loaders.relations.title_states import home_state
from schema.ontology import RelationType, Status

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_STRENGTH = 0.75
_FRAME = Frame(RelationType.VISITED, "due", "ADJ", (), target_kind="COUNTRY")
_CANCELLED = ("longer",)  # "is no longer due in Kyiv"


def scheduled_visits(doc: Doc, index: ActorIndex) -> list[Fact]:
    """VISITED (PLANNED) for a person due in a state."""
    out: list[Fact] = []
    for due in doc[index.dateline_end :]:
        copula = _scheduling_verb(due)
        if copula is None:
            continue
        if verb_status(copula) is None or any(c.lower_ in _CANCELLED for c in copula.subtree):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in copula.children):
            continue  # "who had been due in Ankara": a plan the story has overtaken
        places = arg.prep_objects([due], ("in", "at"))  # "due at the White House on Friday"
        # "due in Hungary and then Moscow": the parser hangs the second place on "due"
        places += [c for c in due.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        states = [r for t in places for r in index.refs(t) if index.kind(r.actor_id) == "COUNTRY"]
        reading = Reading(_FRAME, due, (due, copula), Status.PLANNED, _STRENGTH)
        out += foreign_visits(index, grammatical_subjects(copula), states, reading)
    return out


def _scheduling_verb(tok: Token) -> Token | None:
    """The verb whose mood rules the schedule: the copula of "is due in Kyiv", or "expected"
    itself in "is expected in Moscow next week" (only with a date, as wire copy announces a
    trip; "was expected in the region" at some time is no schedule)."""
    if tok.lower_ == "due" and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
        return tok.head
    if tok.lower_ != "expected" or any(c.dep_ == "xcomp" for c in tok.children):
        return None
    return tok if dated_expectation(tok, tok) else None


def foreign_visits(
    index: ActorIndex,
    subjects: list[Token],
    states: list[Ref],
    reading: Reading,
    *,
    known_state: bool = False,
) -> list[Fact]:
    """The people among `subjects` visiting each of `states` that is not their own; with
    `known_state`, only people whose own state the article says."""
    out: list[Fact] = []
    people = [r for t in subjects for r in index.refs(t) if index.kind(r.actor_id) == "PERSON"]
    for person in people:
        # the actor stage's state, or the one of the person's own title ("U.S. special envoy
        # for the Horn of Africa X"): a visitor is never in his own state
        own = home_state(index, reading.trigger.doc, person.actor_id)
        if known_state and own is None:
            continue
        for state in states:
            if index.country(state.actor_id) == own:
                continue
            conf = confidence(reading.strength, person, state)
            fact = Fact(
                person.actor_id, RelationType.VISITED, state.actor_id, reading.status, conf, reading
            )
            out.append(fact)
    return out
