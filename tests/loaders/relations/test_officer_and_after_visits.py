"""Two visits the meeting readers used to drop: a host's reception dated "after hosting X in
Y" before a verb of refusal, and an officer of an international body met in a foreign capital.
The near misses stay silent: a plain refusal to meet, and a meeting of the body's officer with
someone of no state in the host's capital."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


def test_a_reception_dated_before_a_refusal_is_asserted(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "After hosting Turkish Foreign Minister Hakan Fidan in Moscow, Russian Foreign "
        "Minister Sergei Lavrov rejected the new grain proposal.",
    )
    assert ("Sergei Lavrov", "MET_WITH", "Hakan Fidan") in found
    assert ("Hakan Fidan", "VISITED", "Russia") in found


def test_a_refused_meeting_stays_silent(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Russian Foreign Minister Sergei Lavrov refused to meet Turkish Foreign Minister "
        "Hakan Fidan in Moscow.",
    )
    assert ("Sergei Lavrov", "MET_WITH", "Hakan Fidan") not in found
    assert ("Hakan Fidan", "VISITED", "Russia") not in found


def test_an_officer_of_an_international_body_visits_the_host(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "European Council President Charles Michel met Chinese President Xi "
        "Jinping in Beijing on Friday. Michel told reporters the European Union wanted "
        "predictable trade with China.",
    )
    assert ("Charles Michel", "VISITED", "China") in found


def test_an_officer_meeting_a_stateless_colleague_visits_nobody(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "European Council President Charles Michel met European Commission President Ursula "
        "von der Leyen in Brussels on Friday. Both said the European Union would keep its "
        "sanctions on Russia.",
    )
    assert not any(t[1] == "VISITED" for t in found)
