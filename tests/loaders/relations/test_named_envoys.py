"""A summoned envoy named after a comma: the summons meets the person as well as the state
his office stands for (frames_apply._named_envoys). Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "South Korea's foreign ministry summoned Japan's top diplomat in Seoul, Koichi "
            "Mizushima, over the textbook row.",
            "South Korea",
            "Koichi Mizushima",
        ),
        (
            "Chile's foreign ministry summoned the most senior Peruvian diplomat in Santiago, "
            "charge d'affaires Luis Benavides, on Monday to explain the remarks.",
            "Chile",
            "Luis Benavides",
        ),
    ],
)
def test_summons_meets_the_named_envoy(extractor: Extractor, text: str, a: str, b: str) -> None:
    assert met(extracted_triples(extractor, text), a, b)


def test_expulsion_of_a_named_envoy_stays_with_his_state(extractor: Extractor) -> None:
    """The near miss: an expulsion's target remains the diplomats' state, not the person."""
    text = (
        "Japan expelled China's chief envoy in the capital, Wu Jianghao, over the detention "
        "of a Japanese citizen."
    )
    found = extracted_triples(extractor, text)
    assert ("Japan", "EXPELLED", "Wu Jianghao") not in found, found
