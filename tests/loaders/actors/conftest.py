"""One spaCy model with the actor stage per test session (model-marked tests only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@pytest.fixture(scope="session")
def actor_nlp() -> Language:
    from loaders.nlp import build_pipeline

    return build_pipeline(with_relations=False)


def spans(doc: Doc) -> dict[str, str]:
    """Mention text -> actor id, for asserting what each span of a sentence was read as."""
    return {doc[m.start : m.end].text: m.actor_id for m in doc._.mentions}


def pronouns(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(pronoun, the last word of the actor it stands for) for each pronoun mention."""
    doc = nlp(text)
    return [
        (doc[m.start].text, m.actor_id.rsplit("-", 1)[-1].split(":")[-1])
        for m in doc._.mentions
        if m.how == "pronoun"
    ]
