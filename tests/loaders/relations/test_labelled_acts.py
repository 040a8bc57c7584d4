"""A pejorative label on an act condemns the act's owner: "called Russia's strike a war crime"
(the parser hangs the label on the object), "said China's treatment of the journalist was
unacceptable"; not the one the act was done to ("the journalist's detention")."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "condemner", "condemned"),
    [
        ("Zelensky called Russia's strike a war crime.", "Zelensky", "Russia"),
        (
            "Albanese said China's treatment of the journalist was unacceptable.",
            "Albanese",
            "China",
        ),
        ("Blinken called Russia's detention of Whelan outrageous.", "Blinken", "Russia"),
    ],
)
def test_the_acts_owner_is_condemned(
    extractor: Extractor, text: str, condemner: str, condemned: str
) -> None:
    assert (condemner, "CONDEMNED", condemned) in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Blinken called Gershkovich's detention outrageous.",  # the victim's, not the doer's
        "Macron called Xi's visit a success.",  # praise condemns nobody
        "Zelensky did not call Russia's strike a war crime.",
    ],
)
def test_no_condemnation(extractor: Extractor, text: str) -> None:
    assert not {f for f in extracted_triples(extractor, text) if f[1] == "CONDEMNED"}


@pytest.mark.parametrize(
    ("text", "condemner", "condemned"),
    [
        ("Turkey's foreign ministry called the Swedish decision unacceptable.", "Turkey", "Sweden"),
        ("Israel criticised the Spanish move.", "Israel", "Spain"),
    ],
)
def test_a_states_decision_named_by_its_demonym(
    extractor: Extractor, text: str, condemner: str, condemned: str
) -> None:
    assert (condemner, "CONDEMNED", condemned) in extracted_triples(extractor, text)
