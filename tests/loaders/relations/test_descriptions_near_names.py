"""A description right after a name inside a noun's phrase ("In his meeting with Erdogan,
Khamenei urged the Turkish leader") is that person, while a name that is the verb's own argument
is not ("Trump greeted the Russian leader"); "the bloc" after an organization named only in a
person's title ("EU foreign policy chief Josep Borrell said the bloc ...") is that organization."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "Turkish President Tayyip Erdogan arrived in Tehran on Tuesday. In his meeting with "
            "Erdogan, Khamenei urged the Turkish leader to refrain from the offensive.",
            ("Khamenei", "URGED", "Tayyip Erdogan"),
        ),
        (
            "French President Emmanuel Macron flew to Beijing. During talks with Macron, Xi "
            "praised the French leader for his independence.",
            ("Xi", "SUPPORTED", "Emmanuel Macron"),
        ),
    ],
)
def test_a_description_after_a_name_inside_a_phrase(
    extractor: Extractor, text: str, right: tuple[str, str, str]
) -> None:
    assert right in extracted_triples(extractor, text)


def test_a_description_is_not_the_verbs_other_argument(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "Russian President Vladimir Putin flew to Helsinki. Trump praised the Russian leader.",
    )
    assert ("Trump", "SUPPORTED", "Vladimir Putin") in found
    assert not any(s == t for s, _, t in found)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "EU foreign policy chief Josep Borrell said the bloc condemned the expulsion of its "
            "envoy by Venezuela.",
            ("European Union", "CONDEMNED", "Venezuela"),
        ),
        (
            "The ECOWAS chairman, Ghanaian President Nana Akufo-Addo, said the bloc had "
            "sanctioned Mali.",
            ("ECOWAS", "SANCTIONED", "Mali"),
        ),
    ],
)
def test_the_bloc_named_in_a_title(
    extractor: Extractor, text: str, right: tuple[str, str, str]
) -> None:
    assert right in extracted_triples(extractor, text)


def test_the_bloc_with_two_blocs_named_is_neither(extractor: Extractor) -> None:
    found = extracted_triples(
        extractor,
        "EU envoy Josep Borrell and ECOWAS chairman Nana Akufo-Addo met. The bloc condemned Mali.",
    )
    assert not any(rel == "CONDEMNED" for _, rel, _ in found)
