"""A list member the parser hangs on the clause's verb after an apposition ("sanctions on the
head of X's Senate, A, and a former Senate leader, B, accusing ...") is one more object of the
preposition (arguments.verb_hung_conjuncts), on sentences of our own wording (model-backed); a
gapped clause ("spoke with A, and B with C") lists no member."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.loaders.relations.conftest import ACTORS, make_reader, pairs

if TYPE_CHECKING:
    from spacy.language import Language

    from tests.loaders.relations.conftest import Reader

pytestmark = pytest.mark.model

_MORE = [
    ("Chile", "COUNTRY", "CHL", ("Chilean",)),
    ("Ana Soto", "PERSON", "CHL", ("Soto",)),
    ("Rosa Diaz", "PERSON", "CHL", ("Diaz",)),
    ("Tomas Vidal", "PERSON", "CHL", ("Vidal",)),
]


@pytest.fixture(scope="module")
def reader(nlp: Language) -> Reader:
    return make_reader(nlp, [*ACTORS, *_MORE])


def test_member_after_apposition_is_sanctioned(reader: Reader) -> None:
    doc = reader(
        "Washington has imposed sanctions on the leader of Chile's Senate, Ana Soto, and a "
        "former Senate speaker, Rosa Diaz, accusing the two of fraud."
    )
    assert ("United States", "Rosa Diaz") in pairs(doc, "SANCTIONED")


def test_gapped_clause_lists_no_member(reader: Reader) -> None:
    doc = reader(
        "Blinken had spoken by phone with Ana Soto, and Tomas Vidal with Rosa Diaz and "
        "the Chilean foreign minister."
    )
    assert ("Antony Blinken", "Tomas Vidal") not in pairs(doc, "MET_WITH")
