"""Meeting guests the parse hides: a talks noun framing the act of a verb whose object heads a
chain of prepositions ("accepted a plan for a truce at talks with X"), list members hung on an
apposition ("met A, the country's top official, and B"),
and plural offices named "from" their states. Sentences of our own wording."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples, met

pytestmark = pytest.mark.model


def test_talks_framing_the_object_chain(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Kenya last month backed a British plan for a new maritime force at talks with "
        "Foreign Secretary David Lammy in Mombasa, after which London announced funding.",
    )
    assert met(found, "Kenya", "David Lammy")


def test_guest_named_after_a_description(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Modi later met Communist Party chief Nguyen Phu Trong, Vietnam's most powerful "
        "politician, and Prime Minister Pham Minh Chinh.",
    )
    assert met(found, "Modi", "Nguyen Phu Trong")
    assert met(found, "Modi", "Pham Minh Chinh")


def test_second_description_is_not_a_guest(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Jorge Mendez, speaker of the assembly and head of President Luis Arce's delegation, "
        "and Carlos Rios signed the text in Lima.",
    )
    assert ("Jorge Mendez", "SIGNED_AGREEMENT_WITH", "Luis Arce") not in found
    assert ("Luis Arce", "SIGNED_AGREEMENT_WITH", "Jorge Mendez") not in found


def test_ministers_from_states(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor, "Lavrov met ministers from Iran and Turkey in Astana on Friday."
    )
    assert met(found, "Lavrov", "Iran")
    assert met(found, "Lavrov", "Turkey")
