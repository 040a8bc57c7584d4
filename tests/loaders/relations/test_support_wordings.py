"""Support in wordings news uses: an aid package named by its kind ("a military aid package
for Kyiv"), and an ally named by its demonym ("its Philippine ally"), whose owner is another
state ("Russia's ally" is not Russia)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "supporter", "supported"),
    [
        ("The EU approved a 50 billion euro aid package for Ukraine.", "European Union", "Ukraine"),
        ("Washington announced a new military aid package for Kyiv.", "United States", "Ukraine"),
        (
            "The United States said it stood with its Philippine ally.",
            "United States",
            "Philippines",
        ),
    ],
)
def test_support_wordings(extractor: Extractor, text: str, supporter: str, supported: str) -> None:
    assert (supporter, "SUPPORTED", supported) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The EU did not approve the aid package for Ukraine.",
        "Hungary blocked a new aid package for Ukraine.",
        "The United States said it would not stand with its Philippine ally.",
    ],
)
def test_no_support(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "SUPPORTED"}


def test_an_owners_ally_is_another_state(extractor: Extractor) -> None:
    doc = extractor.nlp("Russia's ally Belarus hosted the talks, and its Kazakh ally came too.")
    by_token = {i: m.actor_id for m in doc._.mentions for i in range(m.start, m.end)}
    ally, kazakh_ally = (t.i for t in doc if t.lower_ == "ally")
    assert by_token.get(ally) != "country:RUS"  # "Russia's ally" is not Russia
    assert by_token.get(kazakh_ally) == "country:KAZ"  # "its Kazakh ally" is Kazakhstan
