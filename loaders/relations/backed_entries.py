"""Backing someone's entry: "backed the inclusion of Argentina", "supported the admission of
Ukraine to the bloc", "endorsed the candidacy of X".

The object of the backing verb is the act of joining, and the one who joins (its "of") is the
one backed, as with "backed Argentina's bid" (whose possessor the frames already read). Only
nouns of joining or standing for office carry the backing to their "of": "backed the
withdrawal of Russian troops" backs no Russia. Modality is the verb's ("would back the
admission of X" gives nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations import passives
from loaders.relations.facts import Fact, facts_between
from loaders.relations.frames_apply import read_verb, refs
from loaders.relations.lexicon import Frame, words
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from loaders.relations.actors_at import ActorIndex

_BACKING = words("back support endorse welcome favour favor champion")
_ENTRIES = words(
    "inclusion admission entry accession membership candidacy candidature bid application "
    "nomination election"
)
_FRAME = Frame(RelationType.SUPPORTED, "back", "VERB", ("dobj",), strength=0.75)
_STRENGTH = 0.7


def backed_entries(doc: Doc, index: ActorIndex) -> list[Fact]:
    """SUPPORTED from who backs an entry to the one entering ("the inclusion of X")."""
    out: list[Fact] = []
    for verb in doc[index.dateline_end :]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BACKING:
            continue
        entries = [o for o in passives.logical_objects(verb) if o.lemma_.lower() in _ENTRIES]
        if not entries:
            continue
        reading = read_verb(_FRAME, verb, index)
        if reading is None or not reading.sources:
            continue
        entering = refs(index, arg.prep_objects(entries, ("of",)), False)
        backers = {s.actor_id for s in reading.sources}
        entering = [e for e in entering if e.actor_id not in backers]
        if not entering:
            continue
        reading.targets = entering
        kind = RelationType.SUPPORTED
        out += facts_between(reading.sources, kind, entering, reading.status, _STRENGTH, reading)
    return out
