"""An annexation taken from a state is an attack on that state.

News recalls a seizure of land by the state it was taken from: "Russia annexed Crimea from
Ukraine in 2014", "the peninsula, which Moscow annexed from Kyiv", "after Moscow annexed
Ukraine's Crimea region". Taking a state's territory by force is the attack on it a reader of
the news takes it for. Only an annexation asserted as done counts ("called for Israel to annex
the West Bank" is a wish), and the land must be named as the state's: by "from" or by a
possessive on what was annexed; a territory annexed with no owner named gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex, Ref

_STRENGTH = 0.6


def _owners(verb: Token, index: ActorIndex) -> list[Ref]:
    """The states the annexed land is named as taken from: "from Ukraine", "Ukraine's Crimea"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "from" hangs on the verb or on the land: "annexed Crimea from Ukraine"
    owners = [r for t in arg.prep_objects([verb, *objects], ("from",)) for r in index.refs(t)]
    for obj in objects:
        owners += [
            r for c in obj.children if c.dep_ == "poss" and (r := index.direct(c)) is not None
        ]
    return [r for r in owners if index.kind(r.actor_id) == "COUNTRY"]


def annexations(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ATTACKED from the annexing state to the state the land was taken from."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.lemma_.lower() != "annex" or verb.pos_ != "VERB":
            continue
        status = verb_status(verb)
        if status is None:
            continue
        sources = [r for s in grammatical_subjects(verb) for r in index.refs(s)]
        sources = [r for r in sources if index.kind(r.actor_id) == "COUNTRY"]
        targets = _owners(verb, index)
        if not sources or not targets:
            continue
        frame = Frame(RelationType.ATTACKED, "annex", "VERB", ("nsubj", "prep:from"))
        reading = Reading(frame, verb, (verb,), status, _STRENGTH, pairwise=sources + targets)
        out += facts_between(sources, RelationType.ATTACKED, targets, status, _STRENGTH, reading)
    return out
