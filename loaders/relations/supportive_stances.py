"""Support told by a predicative adjective: "Washington is fully supportive of Israel", "said
the United States was grateful to Niger for its help", "Kyiv remains thankful to its partners".

The trigger tables hold verbs and nouns only, so an adjective after "be" (or "remain", "feel")
was read by nobody, though news reports a stance this way as often as by "backed" or
"thanked". The rule, kept predictable:

- the adjective is the complement (acomp) of a copula-like verb, whose grammatical subject is
  the one who supports;
- "supportive" takes its target from "of", "grateful"/"thankful" from "to" ("grateful for the
  support" alone names nobody);
- the copula carries the modality: "is not supportive of", "would be grateful to X if ..."
  name no support (verb_status).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import facts_of
from loaders.relations.frames_apply import Reading
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from loaders.relations.subjects import grammatical_subjects
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex
    from loaders.relations.facts import Fact

_TARGET_PREP = {"supportive": "of", "grateful": "to", "thankful": "to"}
_COPULAS = words("be remain stay feel")
_STRENGTH = 0.75


def _reading(adjective: Token, copula: Token, index: ActorIndex) -> Reading | None:
    status = verb_status(copula)
    if status is None:
        return None
    targets = arg.prep_objects([adjective], (_TARGET_PREP[adjective.lower_],))
    sources = [r for s in grammatical_subjects(copula) for r in index.refs(s)]
    target_refs = [r for t in targets for r in index.refs(t)]
    if not sources or not target_refs:
        return None
    frame = Frame(RelationType.SUPPORTED, adjective.lower_, "VERB", ())
    return Reading(frame, copula, (adjective,), status, _STRENGTH, sources, target_refs)


def supportive_stances(doc: Doc, index: ActorIndex) -> list[Fact]:
    """ "X was supportive of Y", "X is grateful to Y": X SUPPORTED Y."""
    out: list[Fact] = []
    for adjective in doc:
        if adjective.lower_ not in _TARGET_PREP or adjective.dep_ != "acomp":
            continue
        if adjective.head.lemma_.lower() not in _COPULAS:
            continue
        reading = _reading(adjective, adjective.head, index)
        if reading is not None:
            out.extend(facts_of(reading, index))
    return out
