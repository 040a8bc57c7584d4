"""Sanctions by listing: "The Commerce Department added Huawei to its entity list", "Washington
put three Iranian banks on its sanctions blacklist".

Export controls and blacklists are sanctions (ANNOTATION.md); the act is putting someone on the
list, not a sanctions noun with "on". Only lists that are sanctions by their name count (an
entity list, a sanctions or terror list, a blacklist): "added Finland to the list of members"
is no sanction. The one listed is the verb's object; the lister its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from loaders.relations.facts import Fact, confidence
from loaders.relations.frames_apply import Reading, refs_of
from loaders.relations.lexicon import Frame, words
from loaders.relations.modality import verb_status
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.relations.actors_at import ActorIndex

_LISTING = words("add put place include")
_LIST_KINDS = words("entity sanction sanctions terror terrorist blacklist export trade")
_FRAME = Frame(RelationType.SANCTIONED, "add", "VERB", ("dobj",), strength=0.75)


def _sanctions_list(verb: Token) -> bool:
    """ "to its entity list", "on a trade blacklist", "to the sanctions list"."""
    for noun in arg.prep_objects([verb], ("to", "on", "onto")):
        lemma = noun.lemma_.lower()
        kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        if lemma == "blacklist" or (lemma == "list" and kinds & _LIST_KINDS):
            return True
    return False


def listed_sanctions(doc: Doc, index: ActorIndex) -> list[Fact]:
    out: list[Fact] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LISTING:
            continue
        if not _sanctions_list(verb):
            continue
        status = verb_status(verb)
        if status is None:
            continue
        reading = Reading(_FRAME, verb, (verb,), status, _FRAME.strength)
        sources = refs_of(index, arg.logical_source(verb))
        targets = refs_of(index, arg.logical_objects(verb))
        for source in sources:
            out += [
                Fact(
                    source.actor_id,
                    RelationType.SANCTIONED,
                    t.actor_id,
                    status,
                    confidence(_FRAME.strength, source, t),
                    reading,
                )
                for t in targets
                if t.actor_id != source.actor_id
            ]
    return out
