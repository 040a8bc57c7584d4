"""Two trigger words the lexicon lacked: likening someone to a villain condemns them, and
propping someone up backs them; a neutral comparison and a hoped-for prop stay silent."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_likening_a_leader_to_a_tyrant_condemns_him(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Prime Minister Anna Berg likened Russia's conduct in the war to a colonial empire.",
    )
    assert ("Anna Berg", "CONDEMNED", "Russia") in found


def test_comparing_two_economies_condemns_no_one(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Prime Minister Anna Berg compared Germany's economy to Japan's in a speech."
    )
    assert not {t for t in found if t[1] == "CONDEMNED"}


def test_propping_up_a_ruler_backs_him(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Tehran propped up Bashar al-Assad with advisers and militias for a decade."
    )
    assert ("Iran", "SUPPORTED", "Bashar al-Assad") in found


def test_a_prop_only_considered_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Tehran might prop up Bashar al-Assad if the rebels advance again."
    )
    assert not {t for t in found if t[1] == "SUPPORTED"}
