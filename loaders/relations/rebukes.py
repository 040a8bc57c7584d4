"""Condemnations told from the act's side: "That drew a sharp rebuke from X", and acts condemned
by pronoun: "Brazil condemned it in the strongest terms" after "The storming of the embassy ...".

News English often makes the criticised act the subject and the critic an adjunct: "the move
drew condemnation from Kyiv", "the decision prompted criticism from the EU"; or the doer
itself: "Russia drew condemnation from the EU", "Israel faced criticism from France". The
critic condemns the act's doer. The act is named by a noun (its owner or earlier doer is the target,
bridging.py) or by "that"/"this"/"it", which takes up the previous sentence: its last main
clause's subject when that names an actor ("..., and Germany said it would intervene. That drew
a rebuke"), or the event noun it has as subject ("The storming of the embassy drew criticism.
Brazil condemned it").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.evaluations import act_doers
from loaders.relations.facts import facts_of
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from loaders.relations.summed_moves import move_makers
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref
    from loaders.relations.facts import Fact

DRAWING = words("draw prompt provoke spark trigger attract earn elicit bring face receive")
REBUKE_NOUNS = words(
    "rebuke criticism condemnation censure reprimand protest outrage anger ire backlash"
)


def _reading(verb: Token, sources: list[Ref], targets: list[Ref]) -> Reading | None:
    status = verb_status(verb)
    if status is None:
        return None
    frame = Frame(RelationType.CONDEMNED, verb.lemma_.lower(), "VERB", ())
    return Reading(frame, verb, (verb,), status, 0.75, sources, targets)


def drawn_rebukes(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ "That drew a sharp rebuke from X": X condemned whoever did what "that" names."""
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DRAWING:
            continue
        rebukes = [o for o in passives.logical_objects(verb) if o.lemma_.lower() in REBUKE_NOUNS]
        rebukes = [o for o in rebukes if not any(d.lower_ == "no" for d in o.children)]
        critics = arg.prep_objects(rebukes, ("from",)) + arg.prep_objects([verb], ("from",))
        sources = [r for c in critics for r in index.refs(c)]
        acts = grammatical_subjects(verb)
        if not rebukes or not sources or not acts:
            continue
        targets = [r for a in acts for r in _doers_for(a, verb, sources, index)]
        reading = _reading(verb, sources, targets)
        if reading is not None and targets:
            out.extend(facts_of(reading, index))
    return out


def _doers_for(act: Token, verb: Token, critics: list[Ref], index: ActorIndex) -> list[Ref]:
    """The act's doers, not the critics' side (the critics are the verb's adjunct, so the
    reacting side is theirs, not the verb's subject's)."""
    made = move_makers(act, index)  # "..., in a move that drew a rebuke from X"
    doers = made if made is not None else act_doers(act, act, index) or index.refs(act)
    named = {r.actor_id for r in critics}
    own = {index.country(a) for a in named} - {None}
    return [d for d in doers if d.actor_id not in named and index.country(d.actor_id) not in own]
