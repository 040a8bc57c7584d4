"""Accusations whose accuser or accused is named by a description or a pronoun: a U.N.
commission of inquiry, an official's office in a relative clause ("whose office accuses"), a
counted group with a region's word ("the three South American countries"), and an object "it"
of a verb joined to one that named it ("condemned the government and accused it of").
Our own sentences, negatives beside the positives."""

from __future__ import annotations

import pytest

from loaders.pipeline import Extractor
from tests.loaders.conftest import extracted_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("On Monday a U.N. commission of inquiry accused Chile of committing war crimes in the "
         "north.", ("U.N. commission of inquiry", "ACCUSED", "Chile")),
        ("Attorney General Ana Gomez, whose office accuses Tom Ridley of fraud, declined to "
         "comment.", ("Ana Gomez", "ACCUSED", "Tom Ridley")),
        ("Paris said it would halve visas for Chile and Peru and cut those for Bolivia, accusing "
         "the three South American countries of refusing to take back migrants.",
         ("France", "ACCUSED", "Bolivia")),
        ("Senator Maria Lopez condemned the Bolivian government and accused it of handing a "
         "citizen to foreign powers.", ("Maria Lopez", "ACCUSED", "Bolivia")),
    ],
)  # fmt: skip
def test_the_described_end_is_found(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in extracted_triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a U.N. inquiry is an act, no panel of its own
        ("On Monday a U.N. inquiry accused Chile of committing war crimes in the north.",
         ("U.N. commission of inquiry", "ACCUSED", "Chile")),
        # a lawyer speaks for a client, not as the client
        ("Tom Ridley, whose lawyer accuses Peru of torture, remains in custody.",
         ("Tom Ridley", "ACCUSED", "Peru")),
        # two states named, three counted: the group is nobody we know
        ("Paris said it would halve visas for Chile and Peru, accusing the three South American "
         "countries of refusing to take back migrants.", ("France", "ACCUSED", "Chile")),
        # "it" is the report the verb before named, no actor
        ("Senator Maria Lopez condemned the Bolivian report and accused it of ignoring the "
         "facts.", ("Maria Lopez", "ACCUSED", "Bolivia")),
    ],
)  # fmt: skip
def test_no_end_is_taken_for_the_described_one(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in extracted_triples(extractor, text)
