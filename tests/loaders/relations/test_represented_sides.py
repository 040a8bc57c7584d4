"""People who sign for named sides: the sides signed too (represented_sides), and a text
"signed by A ... and by B" was signed by A with B (signed_by_each)."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model

_SIGNED = "SIGNED_AGREEMENT_WITH"


def _signed(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, _SIGNED, b) in found or (b, _SIGNED, a) in found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Omar Haddad, deputy head of the Transitional Military Council, and Sami Nour, "
            "representing the Forces for Freedom and Change, signed the charter in Khartoum.",
            "Transitional Military Council",
            "Forces for Freedom and Change",
        ),
        (
            "Karim Benali, the chief negotiator of the African Union, and Pedro Alves, "
            "representing the European Union, signed the memorandum in Addis Ababa.",
            "African Union",
            "European Union",
        ),
    ],
)
def test_sides_of_representatives_sign(extractor: Extractor, text: str, a: str, b: str) -> None:
    assert _signed(extracted_triples(extractor, text), a, b)


def test_signers_named_in_two_by_phrases(extractor: Extractor) -> None:
    text = (
        "The truce was signed in Doha by Omar Haddad for the army and by Sami Nour for the rebels."
    )
    assert _signed(extracted_triples(extractor, text), "Omar Haddad", "Sami Nour")


@pytest.mark.parametrize(
    "text",
    [
        # two delegates of one side are no two parties
        "Omar Haddad, representing the African Union, and Sami Nour, the African Union's "
        "envoy, signed the memorandum with Ethiopia.",
        # a side is never guessed from nationality alone
        "Antony Blinken met Wang Yi, China's top diplomat, in Munich.",
    ],
)
def test_no_sides_without_representation(extractor: Extractor, text: str) -> None:
    found = extracted_triples(extractor, text)
    assert not any(
        kind in (_SIGNED, "MET_WITH") and {s, t} <= {"African Union", "China", "United States"}
        for s, kind, t in found
    )


def test_a_witness_named_by_a_second_by_is_no_signer(extractor: Extractor) -> None:
    text = (
        "The pact was signed by Foreign Minister Aiko Tanabe and Defence Secretary Ramon Cruz "
        "and witnessed by President Luis Reyes in Manila on Monday."
    )
    found = extracted_triples(extractor, text)
    assert not _signed(found, "Aiko Tanabe", "Luis Reyes")
