"""Meetings with both sides held as a mediation: "X met both A and B in a mediation bid".

A go-between who sees each side in turn is mediating between them, and news copy often says so
only through the purpose of the meetings: "Chad's president met both the ousted leader and the
junta chiefs in Niamey, in an early mediation attempt", "met the two rivals separately as part
of a mediation effort", "met A and B in a bid to broker a truce". The meeting verb's subject is
the mediator and its objects (two actors or more) are the sides. The purpose must name mediation
itself (a "mediation attempt", an "effort to mediate"): "met A and B in a bid to boost trade" is
no mediation. The meeting verb's modality decides ("plans to meet both ... in a mediation bid"
is no fact yet); an attempt that got no result still met both sides, which is what MEDIATED
records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_STRENGTH = 0.7
_MEETING = words("meet visit receive host")
_PURPOSES = words("attempt effort bid push initiative mission drive")
_MEDIATING = words("mediation mediate broker facilitate")
_FRAMING = words("in as during")


def _mediating_purpose(noun: Token) -> bool:
    """ "an early mediation attempt", "a bid to mediate", "a mediation effort"."""
    if noun.lemma_.lower() not in _PURPOSES:
        return False
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.lemma_.lower() in _MEDIATING:
            return True
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in _MEDIATING:
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return False


def _purpose_nouns(verb: Token) -> list[Token]:
    """The nouns under the verb's framing prepositions, through "part of": "as part of a
    mediation effort"."""
    out: list[Token] = []
    for noun in arg.prep_objects([verb], tuple(_FRAMING)):
        out.append(noun)
        out += arg.prep_objects([noun], ("of",))  # "as part of"
    return out


def mediating_meetings(doc: Doc, index: ActorIndex) -> list[Fact]:
    """MEDIATED from who met two sides or more to each of them, the meeting being a mediation."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() not in _MEETING or verb.pos_ != "VERB":
            continue
        if not any(_mediating_purpose(n) for n in _purpose_nouns(verb)):
            continue
        status = verb_status(verb)
        if status is None:
            continue
        objects = [o for t in passives.logical_objects(verb) for o in arg.with_conjuncts(t)]
        objects += arg.prep_objects([verb], ("with",))
        sources = [r for s in passives.logical_source(verb) for r in index.refs(s)]
        sides = {r.actor_id: r for t in objects for r in index.refs(t)}
        for mediator in sources:
            parties = [r for a, r in sides.items() if a != mediator.actor_id]
            if len(parties) < 2:
                continue
            frame = Frame(RelationType.MEDIATED, verb.lemma_.lower(), "VERB", ())
            reading = Reading(frame, verb, (verb,), status, _STRENGTH, [mediator], parties)
            out += facts_between(
                [mediator], RelationType.MEDIATED, parties, status, _STRENGTH, reading
            )
    return out
