"""One spaCy model with the actor stage per test session (model-marked tests only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="session")
def actor_nlp() -> Language:
    from loaders.nlp import build_pipeline

    return build_pipeline(with_relations=False)
