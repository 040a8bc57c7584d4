"""Custom Doc attributes the pipeline components read and write (`doc._.mentions`, ...).

Registered in one place so that every component and test sees the same contract.
"""

from __future__ import annotations

from spacy.tokens import Doc

_EXTENSIONS: dict[str, object] = {
    "article_id": None,  # str | None
    "published": None,  # datetime.date | None: anchor for relative dates
    "actors": None,  # dict[str, schema.models.Actor], set by the actor stage
    "mentions": None,  # list[loaders.mentions.Mention], set by the actor stage
    "ruling_militaries": None,  # dict[str, str] | None: state id -> its coup military's id
    "relations": None,  # list[loaders.candidates.RelationCandidate], set by the relation stage
    "events": None,  # list[loaders.candidates.EventCandidate], set by the relation stage
}


def register_doc_extensions() -> None:
    """Idempotent: components call it in their factory."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
